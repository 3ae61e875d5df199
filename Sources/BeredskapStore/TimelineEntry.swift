import BeredskapCore
import BeredskapJournal
import Foundation

/// One line of the hendelseslogg: a journal record with its event, when it is one.
public struct TimelineEntry: Sendable, Equatable {
    public let record: Record
    /// The domain event; nil for the journal's own records (recovery) and for records this version cannot read.
    public let event: Event?

    public var seq: Int { record.seq }
    public var incident: IncidentID? { record.incident.map(IncidentID.init(rawValue:)) }

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
