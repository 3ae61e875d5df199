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
    /// The operator, and the login that wrote the line when it is another name (inert).
    public var registeredBy: String
    public var incident: IncidentID?
    /// Inert text: safe to put on a terminal.
    public var summary: String
    /// «skjedde 03:12» for a late entry, in the organisation's time zone; the search finds it too.
    public var lateMark: String?
    /// The seqs of the corrections that point at this line, in order; the line itself stays as written.
    public var correctedBy: [Int]

    public init(_ entry: TimelineEntry, in state: State) {
        seq = entry.seq
        registered = entry.record.registered
        occurred = entry.record.occurred
        operatorName = InertText.make(entry.record.operatorName)
        registeredBy = entry.registeredBy
        incident = entry.incident
        summary = entry.summary(in: state.organisation)
        lateMark = Self.lateMark(entry, in: state)
        correctedBy = state.corrections[entry.seq] ?? []
    }

    /// «skjedde 03:12» when the line was registered after it happened; «etter ENDEX» for a line an exercise got
    /// after it was ended (the hot wash and the evaluation belong there; play does not).
    static func lateMark(_ entry: TimelineEntry, in state: State) -> String? {
        let marks = [entry.record.occurred.map { "skjedde " + Timestamps.clock($0, timeZone: state.organisation.timeZone) },
                     state.exercise?.endedAt.flatMap { entry.record.registered > $0 ? "etter ENDEX" : nil }].compactMap { $0 }
        return marks.isEmpty ? nil : marks.joined(separator: ", ")
    }

    /// «korrigert ved nr. 31» (or «nr. 31 og 35»), when corrections point at the line.
    public var correctionMark: String? { Self.correctionMark(correctedBy) }

    /// «korrigert ved nr. 31» for the seqs of the corrections pointing at a line; nil for none.
    static func correctionMark(_ seqs: [Int]) -> String? {
        guard let last = seqs.last else { return nil }
        let earlier = seqs.dropLast().map(String.init).joined(separator: ", ")
        return "korrigert ved nr. " + (earlier.isEmpty ? "\(last)" : "\(earlier) og \(last)")
    }

    /// The marks in brackets, then the text: what the timeline shows after the time and the operator.
    public var text: String {
        ([lateMark, correctionMark].compactMap { $0.map { "[\($0)] " } }).joined() + summary
    }
}
