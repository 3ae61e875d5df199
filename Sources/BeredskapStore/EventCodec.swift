import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation

/// Maps Core's events to journal records and back. Payloads are Codable structs written as the record's
/// `data` object under the payload's stable type name.
public enum EventCodec {
    /// Why a record could not become an event: a type this version does not know, or a payload that does not fit.
    public struct Undecodable: Error, Sendable, Equatable, CustomStringConvertible {
        public let seq: Int
        public let type: String
        public let reason: String
        public var description: String { "seq \(seq) (\(type)): \(reason)" }
    }

    public static func draft(_ event: Event) throws -> RecordDraft {
        let value = try JSONValueEncoder().encode(event.body.payload)
        guard case .object(let data) = value else {
            preconditionFailure("every event payload is a struct and encodes as an object")
        }
        return RecordDraft(registered: event.registered, occurred: event.occurred, operatorName: event.operatorName.rawValue,
                           incident: event.incident?.rawValue, type: event.body.type, data: data)
    }

    /// The event a record holds; nil for the journal's own records (`journal.*`), which have no domain meaning.
    public static func event(_ record: Record) throws(Undecodable) -> Event? {
        if record.type.hasPrefix("journal.") { return nil }
        guard let payloadType = EventBody.payloadTypes[record.type] else {
            throw Undecodable(seq: record.seq, type: record.type, reason: "unknown event type")
        }
        let payload: any EventPayload
        do {
            payload = try PayloadDecoders.payload(type: record.type, data: record.data)
                ?? JSONValueDecoder().decode(payloadType, from: .object(record.data))
        } catch {
            throw Undecodable(seq: record.seq, type: record.type, reason: "\(error)")
        }
        return Event(registered: record.registered, occurred: record.occurred, operatorName: OperatorName(record.operatorName),
                     incident: record.incident.map(IncidentID.init(rawValue:)), body: payload.body)
    }
}
