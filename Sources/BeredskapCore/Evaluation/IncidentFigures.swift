import Foundation

/// What the journal measures about one incident, for the after-action report (factsheet 3d: «måling av
/// prosedyrenes effekt og evnen til å følge prosedyrene»). Times are from detection (the opening event's
/// effective time); anything still open is judged at `end`: when the incident closed, else `now`.
public struct IncidentFigures: Sendable, Equatable {
    /// The first time the organisation's level was raised to a level by a decision citing the incident.
    public struct LevelReached: Sendable, Equatable {
        public var level: ReadinessLevel
        public var after: TimeInterval
    }

    /// Steps ticked off against all the steps of a procedure (any version of it).
    public struct Checklist: Sendable, Equatable {
        public var procedure: ProcedureID
        public var title: String
        public var completed: Int
        public var total: Int
    }

    public var incident: IncidentID
    public var title: String
    public var detectedAt: Date
    public var timeToTriage: TimeInterval?
    /// Until the first notification that reached someone.
    public var timeToFirstNotification: TimeInterval?
    public var levels: [LevelReached]
    public var timeToRestore: TimeInterval?
    public var maxOutage: Minutes?
    public var checklists: [Checklist]
    public var tasks: Int
    /// Tasks done after their deadline, or still open past it.
    public var overdueTasks: Int
    public var notifications: Int
    /// Notifications that reached someone after their deadline, or were still outstanding past it.
    public var lateNotifications: Int
    public var formsIssued: Int
    /// Forms verified, or waived with a reason.
    public var formsReconciled: Int

    /// `events` are the journal's events in order; only those of this incident (and level decisions citing it) count.
    public init(_ incident: Incident, organisation: Organisation, events: [Event], now: Date) {
        let start = incident.detectedAt
        let end = incident.closedAt ?? now
        self.incident = incident.id
        title = incident.title
        detectedAt = start
        timeToTriage = incident.triagedAt?.timeIntervalSince(start)
        timeToFirstNotification = incident.duties.compactMap(\.reachedAt).min()?.timeIntervalSince(start)
        timeToRestore = incident.restoredAt?.timeIntervalSince(start)
        maxOutage = incident.triage?.maxOutage

        var levels: [LevelReached] = []
        for event in events {
            guard case .levelChanged(let change) = event.body, change.to > change.from,
                  change.incidents.contains(incident.id) || event.incident == incident.id,
                  !levels.contains(where: { $0.level == change.to }) else { continue }
            levels.append(LevelReached(level: change.to, after: event.effectiveTime.timeIntervalSince(start)))
        }
        self.levels = levels

        let ticked = Dictionary(incident.completedSteps.map { ($0.key.id, Set($0.value.keys)) }, uniquingKeysWith: { $0.union($1) })
        let followed = organisation.procedures(for: incident).map(\.id) + ticked.keys.sorted()
        checklists = followed.reduce(into: [ProcedureID]()) { if !$0.contains($1) { $0.append($1) } }.map { id in
            let procedure = organisation.procedure(id)
            return Checklist(procedure: id, title: procedure?.title ?? id.rawValue, completed: ticked[id]?.count ?? 0,
                             total: procedure?.steps.values.reduce(0) { $0 + $1.count } ?? 0)
        }

        tasks = incident.tasks.count
        overdueTasks = incident.tasks.filter { task in
            guard let due = task.due else { return false }
            switch task.status {
            case .done(let at, _): return at > due
            case .open: return end > due
            case .cancelled: return false
            }
        }.count
        notifications = incident.duties.count
        lateNotifications = incident.duties.filter { $0.wasLate(judgedAt: end) }.count
        formsIssued = incident.forms.count
        formsReconciled = incident.forms.filter { $0.status == .verified || $0.status == .waived }.count
    }
}
