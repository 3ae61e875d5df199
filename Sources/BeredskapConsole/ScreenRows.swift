import BeredskapCore
import BeredskapStore

extension ConsoleModel {
    /// The timeline as the filter leaves it.
    public var visibleTimeline: [TimelineEntry] { timelineFilter.isActive ? filteredTimeline : timeline }

    /// Avvik, open ones first, each group in the order registered.
    public var deviationRows: [Deviation] { state.deviations.filter(\.isOpen) + state.deviations.filter { !$0.isOpen } }

    /// How many rows a list screen has, so the selection stays on one.
    func rowCount(on screen: ScreenID) -> Int {
        switch screen {
        case .overview: state.openIncidents.count
        case .timeline: visibleTimeline.count
        case .notifications: incident?.duties.count ?? 0
        case .checklist: incident.map { ChecklistItems.of($0, in: state.organisation, now: now).count } ?? 0
        case .tasks: incident?.tasks.count ?? 0
        case .paper: incident?.forms.count ?? 0
        case .messages: incident?.messages.count ?? 0
        case .deviations: state.deviations.count
        case .breach: 0
        case .exercise: state.exercise?.scenario.injects.count ?? 0
        }
    }

    /// The timeline line under the cursor: the newest until the operator moves.
    var selectedTimelineLine: TimelineLine? {
        let lines = visibleTimeline
        guard !lines.isEmpty else { return nil }
        return TimelineLine(lines[min(selection[.timeline] ?? lines.count - 1, lines.count - 1)], in: state.organisation)
    }
}
