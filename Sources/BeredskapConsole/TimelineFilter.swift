import BeredskapCore
import BeredskapStore

/// What the timeline shows: every line, or one incident's; and only lines containing a search text.
public struct TimelineFilter: Hashable, Sendable {
    public var incident: IncidentID?
    public var search = ""
    /// A participant's console in an exercise: the facilitator's assessments, observations and skipped injects are
    /// not shown (they belong to the facilitator; the journal keeps them).
    public var hidesFacilitatorNotes = false

    public var isActive: Bool { incident != nil || !search.isEmpty || hidesFacilitatorNotes }

    /// An assessment, an observation or a skipped inject: the facilitator's, not the participants'.
    static func isFacilitatorNote(_ entry: TimelineEntry) -> Bool {
        switch entry.event?.body {
        case .expectationAssessed?, .observerNoted?, .injectSkipped?: true
        default: false
        }
    }

    /// The lines that pass, in journal order; none while the filter is off (the whole timeline is shown then).
    /// The search looks in the text, the marks («skjedde 03:12», «etter ENDEX») and the operator's name.
    public func apply(to lines: ArraySlice<TimelineEntry>, in state: State) -> [TimelineEntry] {
        guard isActive else { return [] }
        let needle = search.lowercased()
        return lines.filter { line in
            !(hidesFacilitatorNotes && Self.isFacilitatorNote(line))
                && (incident == nil || line.incident == incident)
                && (needle.isEmpty || line.summary(in: state.organisation).lowercased().contains(needle)
                    || TimelineLine.lateMark(line, in: state)?.contains(needle) == true
                    || line.record.operatorName.lowercased().contains(needle))
        }
    }

    /// How the heading says it, e.g. «H-2026-001, søk «kurve»».
    public var description: String {
        [incident.map(\.rawValue), search.isEmpty ? nil : "søk «\(search)»", hidesFacilitatorNotes ? "deltakervisning" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
