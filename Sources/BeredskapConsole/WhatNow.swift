import BeredskapCore
import Foundation

/// One answer to "what now?" on the overview.
public struct WhatNowItem: Hashable, Sendable {
    public enum Urgency: Int, Comparable, Sendable {
        case overdue, criticalStep, coming
        public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var urgency: Urgency
    public var incident: IncidentID
    public var title: String
    public var due: Date?
}

/// The next actions by urgency: overdue tasks and notifications, unticked critical steps of each incident's
/// current phase, then deadlines coming up.
public enum WhatNow {
    public static func items(_ state: State, now: Date) -> [WhatNowItem] {
        let due = Clocks.dueItems(state, now: now)
        var items = due.filter { if case .task = $0.kind { true } else { false } }.map {
            WhatNowItem(urgency: $0.isOverdue ? .overdue : .coming, incident: $0.incident, title: $0.title, due: $0.due)
        }
        items += notificationRounds(due.filter { if case .notification = $0.kind { true } else { false } })
        for incident in state.openIncidents {
            if let deadline = Clocks.privacyBreachDeadline(incident) {
                items.append(WhatNowItem(urgency: deadline < now ? .overdue : .coming, incident: incident.id,
                                         title: "Melde personvernbrudd til Datatilsynet (72 t)", due: deadline))
            }
            for procedure in state.organisation.procedures(for: incident) {
                let done = incident.completedSteps[procedure.ref] ?? [:]
                for step in procedure.checklist(for: incident.phase) where step.critical && done[step.id] == nil {
                    items.append(WhatNowItem(urgency: .criticalStep, incident: incident.id,
                                             title: "\(step.text) (\(step.role))", due: nil))
                }
            }
        }
        func order(_ item: (offset: Int, element: WhatNowItem)) -> (WhatNowItem.Urgency, Date, String, Int) {
            (item.element.urgency, item.element.due ?? now, item.element.incident.rawValue, item.offset)
        }
        return items.enumerated().sorted { order($0) < order($1) }.map(\.element)
    }

    /// Notifications due are one action per incident (the Varsling screen), not one line each: the overdue ones
    /// together, and the ones still to come together, each with the earliest deadline and the first recipient.
    private static func notificationRounds(_ due: [DueItem]) -> [WhatNowItem] {
        let groups = Dictionary(grouping: due) { [$0.incident.rawValue, $0.isOverdue ? "overdue" : "coming"] }
        return groups.values.compactMap { group in
            guard let first = group.min(by: { $0.due < $1.due }) else { return nil }
            let title = group.count == 1 ? first.title : "\(group.count) varslinger (v), først: \(first.title)"
            return WhatNowItem(urgency: first.isOverdue ? .overdue : .coming, incident: first.incident, title: title, due: first.due)
        }
    }
}
