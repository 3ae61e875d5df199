import Foundation

/// A decision on the organisation's readiness level, citing the incidents behind it.
public struct LevelChanged: EventPayload {
    public static let type = "level.changed"
    public var body: EventBody { .levelChanged(self) }
    public var from: ReadinessLevel
    public var to: ReadinessLevel
    public var reason: String
    public var incidents: [IncidentID]
    /// Who took the decision when the operator relayed it («på vegne av»); nil when the operator took it.
    public var onBehalfOf: String?
    public init(from: ReadinessLevel, to: ReadinessLevel, reason: String, incidents: [IncidentID], onBehalfOf: String? = nil) {
        self.from = from
        self.to = to
        self.reason = reason
        self.incidents = incidents
        self.onBehalfOf = onBehalfOf
    }
}

/// A level decision as the state keeps it: what changed, and when it took effect.
public struct LevelDecisionRecord: Codable, Sendable, Equatable {
    public var at: Date
    public var change: LevelChanged
}

/// A decision to keep a raised level (e.g. when the last incident closes).
public struct LevelKept: EventPayload {
    public static let type = "level.kept"
    public var body: EventBody { .levelKept(self) }
    public var level: ReadinessLevel
    public var reason: String
    public init(level: ReadinessLevel, reason: String) {
        self.level = level
        self.reason = reason
    }
}

/// A line in the hendelseslogg (factsheet 2b).
public struct LogEntry: EventPayload {
    public static let type = "log.entry"
    public var body: EventBody { .logEntry(self) }
    public var text: String
    public init(text: String) { self.text = text }
}

/// A correction: a new event that points at the one it corrects (Normen 3, 5.2.1). Nothing is edited.
public struct EntryCorrected: EventPayload {
    public static let type = "log.correction"
    public var body: EventBody { .entryCorrected(self) }
    /// The seq of the corrected event.
    public var corrects: Int
    public var text: String
    public var reason: String
    /// The fact set right, when the corrected event set one (a call outcome, a step tick, a form's status);
    /// the state follows it. Absent in plain text corrections and in journals written before facts.
    public var fact: CorrectedFact?
    public init(corrects: Int, text: String, reason: String, fact: CorrectedFact? = nil) {
        self.corrects = corrects
        self.text = text
        self.reason = reason
        self.fact = fact
    }
}

/// Hvem skal gjøre hva innen når (factsheet 2c).
public struct TaskAssigned: EventPayload {
    public static let type = "task.assigned"
    public var body: EventBody { .taskAssigned(self) }
    public var task: TaskID
    public var title: String
    public var role: RoleID
    public var due: Date?
    public var procedure: ProcedureRef?
    /// The event that completes the task when it is journaled (from the playbooks); absent in older journals.
    public var doneBy: Fulfilment?
    public init(task: TaskID, title: String, role: RoleID, due: Date?, procedure: ProcedureRef? = nil, doneBy: Fulfilment? = nil) {
        self.task = task
        self.title = title
        self.role = role
        self.due = due
        self.procedure = procedure
        self.doneBy = doneBy
    }
}

public struct TaskCompleted: EventPayload {
    public static let type = "task.completed"
    public var body: EventBody { .taskCompleted(self) }
    public var task: TaskID
    public var note: String?
    public init(task: TaskID, note: String? = nil) {
        self.task = task
        self.note = note
    }
}

public struct TaskCancelled: EventPayload {
    public static let type = "task.cancelled"
    public var body: EventBody { .taskCancelled(self) }
    public var task: TaskID
    public var reason: String
    public init(task: TaskID, reason: String) {
        self.task = task
        self.reason = reason
    }
}

/// A krisestab role filled or handed over (factsheet 2e). The role belongs to the organisation.
public struct RoleAssigned: EventPayload {
    public static let type = "role.assigned"
    public var body: EventBody { .roleAssigned(self) }
    public var role: RoleID
    public var person: String
    public var handoverNote: String?
    /// Who made the appointment when the operator relayed it («på vegne av»).
    public var onBehalfOf: String?
    public init(role: RoleID, person: String, handoverNote: String? = nil, onBehalfOf: String? = nil) {
        self.role = role
        self.person = person
        self.handoverNote = handoverNote
        self.onBehalfOf = onBehalfOf
    }
}

/// Nøddrift begins for the incident (factsheet 2f).
public struct FallbackActivated: EventPayload {
    public static let type = "fallback.activated"
    public var body: EventBody { .fallbackActivated(self) }
    public var mode: FallbackMode
    public var procedure: ProcedureRef?
    public init(mode: FallbackMode, procedure: ProcedureRef? = nil) {
        self.mode = mode
        self.procedure = procedure
    }
}

public struct FallbackEnded: EventPayload {
    public static let type = "fallback.ended"
    public var body: EventBody { .fallbackEnded(self) }
    public var mode: FallbackMode
    public init(mode: FallbackMode) { self.mode = mode }
}

/// A checklist step ticked, with the procedure version it belongs to.
public struct StepCompleted: EventPayload {
    public static let type = "step.completed"
    public var body: EventBody { .stepCompleted(self) }
    public var procedure: ProcedureRef
    public var step: StepID
    public init(procedure: ProcedureRef, step: StepID) {
        self.procedure = procedure
        self.step = step
    }
}
