import BeredskapCore
import BeredskapStore

/// What the timeline shows: every line, or one incident's; and only lines containing a search text.
public struct TimelineFilter: Hashable, Sendable {
    public var incident: IncidentID?
    public var search = ""
    /// A participant's console in an exercise, by the participant's name: the facilitator's assessments,
    /// observations and skipped injects are not shown (they belong to the facilitator; the journal keeps them), nor
    /// injects released to someone else at the table (``Exercise/shows(_:to:roles:)``).
    public var participant: String?

    public var isActive: Bool { incident != nil || !search.isEmpty || participant != nil }

    /// Whether a participant's console leaves the line out.
    static func hides(_ entry: TimelineEntry, from participant: String, in state: State) -> Bool {
        if isFacilitatorNote(entry) { return true }
        guard case .injectReleased(let released)? = entry.event?.body, let exercise = state.exercise,
              let inject = exercise.scenario.injects.first(where: { $0.id == released.inject })
        else { return false }
        return !exercise.shows(inject, to: participant, roles: state.roles)
    }

    /// An assessment, an observation or a skipped inject: the facilitator's, not the participants'.
    static func isFacilitatorNote(_ entry: TimelineEntry) -> Bool {
        switch entry.event?.body {
        case .expectationAssessed?, .observerNoted?, .injectSkipped?: true
        default: false
        }
    }

    /// The lines that pass, in journal order; none while the filter is off (the whole timeline is shown then).
    /// The search looks in the text, the marks («skjedde 03:12», «etter ENDEX») and the operator's name.
    public func apply(to lines: some Sequence<TimelineEntry>, in state: State) -> [TimelineEntry] {
        guard isActive else { return [] }
        let needle = search.lowercased()
        return lines.filter { line in
            !(participant.map { Self.hides(line, from: $0, in: state) } ?? false)
                && (incident == nil || line.incident == incident)
                && (needle.isEmpty || line.summary(in: state.organisation).lowercased().contains(needle)
                    || TimelineLine.lateMark(line, in: state)?.contains(needle) == true
                    || line.record.operatorName.lowercased().contains(needle))
        }
    }

    /// How the heading says it, e.g. «H-2026-001, søk «kurve»».
    public var description: String {
        [incident.map(\.rawValue), search.isEmpty ? nil : "søk «\(search)»", participant == nil ? nil : "deltakervisning"]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
