import Foundation

/// Outage elapsed against the max outage time, for one incident at one moment.
public struct OutageClock: Sendable, Equatable {
    public var elapsed: TimeInterval
    public var maxOutage: Minutes?
    /// Stopped when the service was restored.
    public var stopped: Bool
    /// Time left before the max outage time is passed; negative once it is.
    public var remaining: TimeInterval? { maxOutage.map { $0.seconds - elapsed } }
    public var exceeded: Bool { (remaining ?? 1) < 0 }
}

/// Something with a deadline: a task, a notification, the 72 h clock.
public struct DueItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case task(TaskID), notification(DutyID)
        /// Escalation: a call that did not reach anyone is to be tried again, or the next number or contact.
        case callAgain(DutyID)
    }
    public var incident: IncidentID
    public var kind: Kind
    public var title: String
    public var due: Date
    /// Positive when overdue.
    public var overdueBy: TimeInterval
    public var isOverdue: Bool { overdueBy > 0 }
}

/// Clocks and deadlines as pure functions of the state and the time now.
public enum Clocks {
    /// How long after an unanswered call to try again (or the next number); longer when they promised to call back.
    public static let retryAfterNoAnswer: TimeInterval = 10 * 60
    public static let retryAfterPromisedCallBack: TimeInterval = 15 * 60

    /// When an outstanding duty whose last call did not reach anyone is to be called again (or the next number).
    public static func callAgainAt(_ duty: NotificationDuty) -> Date? {
        guard duty.isOutstanding, let last = duty.attempts.last else { return nil }
        return last.at.addingTimeInterval(last.outcome == .willCallBack ? retryAfterPromisedCallBack : retryAfterNoAnswer)
    }

    /// Normen 5.8: a personal-data breach is reported to Datatilsynet within 72 hours of becoming aware of it.
    public static let privacyBreachWindow: TimeInterval = 72 * 3600

    /// The outage from when the system went down (the incident's opening, or its late-entered occurred time) to when
    /// it was restored; an incident closed without a restoration stops at its closing; an open one runs until `now`.
    /// Never negative: a clock that went backwards (an NTP step) shows 0 until it passes the start again.
    public static func outage(_ incident: Incident, now: Date) -> OutageClock {
        let end = incident.restoredAt ?? incident.closedAt ?? now
        return OutageClock(elapsed: max(0, end.timeIntervalSince(incident.detectedAt)), maxOutage: incident.triage?.maxOutage,
                           stopped: incident.restoredAt != nil || incident.closedAt != nil)
    }

    /// Whether the incident took a system down: availability affected (factsheet 12 counts outages, not how long a
    /// confidentiality breach stayed open).
    public static func isOutage(_ incident: Incident) -> Bool {
        incident.triage?.affected.contains(.availability) == true
    }

    /// The Datatilsynet deadline while a flagged breach is not yet reported or declined.
    public static func privacyBreachDeadline(_ incident: Incident) -> Date? {
        guard let aware = incident.privacyBreachAwareAt, let duty = incident.privacyBreachDuty.flatMap(incident.duty),
              duty.isOutstanding
        else { return nil }
        return aware.addingTimeInterval(privacyBreachWindow)
    }

    /// Open tasks and outstanding notifications with a deadline in open incidents, overdue first, then soonest.
    public static func dueItems(_ state: State, now: Date) -> [DueItem] {
        var items: [DueItem] = []
        for incident in state.openIncidents {
            for task in incident.tasks where task.isOpen {
                guard let due = task.due else { continue }
                items.append(DueItem(incident: incident.id, kind: .task(task.id), title: task.title, due: due,
                                     overdueBy: now.timeIntervalSince(due)))
            }
            for duty in incident.duties where duty.isOutstanding {
                if let due = duty.due {
                    items.append(DueItem(incident: incident.id, kind: .notification(duty.id), title: "Varsle \(duty.recipient) [\(duty.id)]",
                                         due: due, overdueBy: now.timeIntervalSince(due)))
                }
                if let last = duty.attempts.last, let retry = callAgainAt(duty) {
                    items.append(DueItem(incident: incident.id, kind: .callAgain(duty.id),
                                         title: "Ring igjen eller neste nummer: \(duty.recipient) [\(duty.id)] (\(last.outcome.word))",
                                         due: retry, overdueBy: now.timeIntervalSince(retry)))
                }
            }
        }
        return items.sorted { ($0.due, $0.title) < ($1.due, $1.title) }
    }
}
