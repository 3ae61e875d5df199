import BeredskapCore
import BeredskapJournal
import Foundation

/// One line of the hendelseslogg: a journal record with its event, when it is one.
public struct TimelineEntry: Sendable, Equatable {
    public let record: Record
    /// The domain event; nil for the journal's own records (recovery) and for records this version cannot read.
    public let event: Event?

    public var seq: Int { record.seq }
    /// A record this version cannot read: a type it does not know, or a payload that does not fit (the journal's
    /// own records have no event either, and are read).
    public var isUnreadable: Bool { event == nil && !record.type.hasPrefix("journal.") }
    public var incident: IncidentID? { record.incident.map(IncidentID.init(rawValue:)) }

    /// Who registered the line, inert: the operator, and the login that wrote it when that is another name
    /// (`loggfører (konto krisestab)`); journals from before logins were recorded show the operator alone.
    public var registeredBy: String {
        guard let account = record.account, account != record.operatorName else { return InertText.make(record.operatorName) }
        return InertText.make("\(record.operatorName) (konto \(account))")
    }

    /// One line of Norwegian text, with times and names as the organisation has them; free text made inert.
    public func summary(in organisation: Organisation) -> String {
        if let event { return event.body.summary(in: organisation) }
        switch record.type {
        case "journal.recovered":
            let name = record.data["quarantine"]?.stringValue ?? "?"
            return InertText.make("Journalen ble reparert etter avbrutt skriving; ufullstendig linje flyttet til \(name)")
        default:
            return InertText.make("Ukjent registreringstype «\(record.type)» (nyere versjon?)")
        }
    }
}

extension TimelineEntry: JournalLine {
    /// The record with its event, decoded on the thread that verified the line (see ``JournalLine``).
    public init(_ record: Record) {
        self.init(record: record, event: try? EventCodec.event(record))
    }
}
