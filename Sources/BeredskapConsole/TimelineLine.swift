import BeredskapCore
import BeredskapStore
import Foundation

/// One line of the hendelseslogg as the console shows it.
public struct TimelineLine: Hashable, Sendable {
    public var seq: Int
    public var registered: Date
    /// When it happened, for a late entry.
    public var occurred: Date?
    public var operatorName: String
    public var incident: IncidentID?
    /// Inert text: safe to put on a terminal.
    public var summary: String

    public init(_ entry: TimelineEntry, in organisation: Organisation) {
        seq = entry.seq
        registered = entry.record.registered
        occurred = entry.record.occurred
        operatorName = InertText.make(entry.record.operatorName)
        incident = entry.incident
        summary = entry.summary(in: organisation)
    }
}
