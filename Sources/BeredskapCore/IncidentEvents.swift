import Foundation

/// Oppdaget: a new incident. The id travels in the event's envelope.
public struct IncidentOpened: EventPayload {
    public static let type = "incident.opened"
    public var body: EventBody { .incidentOpened(self) }
    public var title: String
    /// Who noticed (a name, a ward, a monitoring system).
    public var detectedBy: String?
    /// Planlagt nedetid: an outage planned beforehand (an upgrade, a maintenance window), reported apart from the
    /// unplanned ones (factsheet 12). Absent in older journals: unplanned.
    public var planned: Bool?
    public init(title: String, detectedBy: String? = nil, planned: Bool = false) {
        self.title = title
        self.detectedBy = detectedBy
        self.planned = planned ? true : nil
    }
}

/// Vurdert: the initial assessment (factsheet 2a). Repeating it later updates the assessment.
public struct IncidentTriaged: EventPayload {
    public static let type = "incident.triaged"
    public var body: EventBody { .incidentTriaged(self) }
    public var systems: [SystemID]
    /// Systems that depend on the affected ones, from the register: the blast radius at triage.
    public var dependents: [SystemID]
    public var category: CategoryID
    public var severity: Severity
    /// Consequence for patients and operations.
    public var consequence: String
    public var affected: [SecurityProperty]
    public var expectedDuration: Minutes?
    /// The strictest max outage time among the affected systems, as the register said at triage.
    public var maxOutage: Minutes?
    /// What the triage rules suggested; the level itself is set by a separate decision.
    public var suggestedLevel: ReadinessLevel
    public init(systems: [SystemID], dependents: [SystemID] = [], category: CategoryID, severity: Severity, consequence: String,
                affected: [SecurityProperty], expectedDuration: Minutes?, maxOutage: Minutes?, suggestedLevel: ReadinessLevel) {
        self.systems = systems
        self.dependents = dependents
        self.category = category
        self.severity = severity
        self.consequence = consequence
        self.affected = affected
        self.expectedDuration = expectedDuration
        self.maxOutage = maxOutage
        self.suggestedLevel = suggestedLevel
    }
}

/// Håndteres: response begins (factsheet 2c-2g, 2i).
public struct ResponseStarted: EventPayload {
    public static let type = "incident.response-started"
    public var body: EventBody { .responseStarted(self) }
    public var note: String?
    public init(note: String? = nil) { self.note = note }
}

/// Someone confirms control and situational awareness ("kontroll og situasjonsforståelse", factsheet 2h).
public struct ControlConfirmed: EventPayload {
    public static let type = "incident.control-confirmed"
    public var body: EventBody { .controlConfirmed(self) }
    public var note: String
    /// Who confirmed control when the operator relayed it («på vegne av»).
    public var onBehalfOf: String?
    public init(note: String, onBehalfOf: String? = nil) {
        self.note = note
        self.onBehalfOf = onBehalfOf
    }
}

/// Gjenopprettes: technical restoration begins.
public struct RestorationStarted: EventPayload {
    public static let type = "incident.restoration-started"
    public var body: EventBody { .restorationStarted(self) }
    public var note: String?
    public init(note: String? = nil) { self.note = note }
}

/// Ajourføres: the service is back; the outage clock stops at the event's effective time.
public struct ServiceRestored: EventPayload {
    public static let type = "incident.service-restored"
    public var body: EventBody { .serviceRestored(self) }
    public var note: String?
    public init(note: String? = nil) { self.note = note }
}

/// Avsluttet. `dismissal` is set when an incident is closed before response (a false alarm), with the reason.
public struct IncidentClosed: EventPayload {
    public static let type = "incident.closed"
    public var body: EventBody { .incidentClosed(self) }
    public var summary: String
    public var dismissal: String?
    /// The critical steps and tasks still open when it was closed (DO-CONFIRM), and why it was closed past them.
    public var unfinished: [String]?
    public var unfinishedReason: String?
    public init(summary: String, dismissal: String? = nil, unfinished: [String]? = nil, unfinishedReason: String? = nil) {
        self.summary = summary
        self.dismissal = dismissal
        self.unfinished = unfinished
        self.unfinishedReason = unfinishedReason
    }
}

/// A corrective action from an evaluation, with an owner and a due date.
public struct CorrectiveAction: Codable, Sendable, Equatable {
    /// Given by `decide` when the evaluation is recorded; nil in a command (and in journals from before ids).
    public var id: CorrectiveActionID?
    public var text: String
    public var owner: String
    public var due: Date
    public init(id: CorrectiveActionID? = nil, text: String, owner: String, due: Date) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
    }
}

/// Evaluert: lessons and corrective actions (factsheet 3d).
public struct IncidentEvaluated: EventPayload {
    public static let type = "incident.evaluated"
    public var body: EventBody { .incidentEvaluated(self) }
    public var lessons: [String]
    public var actions: [CorrectiveAction]
    public init(lessons: [String], actions: [CorrectiveAction]) {
        self.lessons = lessons
        self.actions = actions
    }
}

/// A personal-data breach is flagged: the 72 h clock to Datatilsynet runs from `awareAt` (Normen 5.8).
public struct PrivacyBreachFlagged: EventPayload {
    public static let type = "incident.privacy-breach-flagged"
    public var body: EventBody { .privacyBreachFlagged(self) }
    public var awareAt: Date
    public var note: String
    /// The Datatilsynet notification duty the breach brings; the 72 h clock runs until it is settled.
    public var duty: DutyID
    public init(awareAt: Date, note: String, duty: DutyID) {
        self.awareAt = awareAt
        self.note = note
        self.duty = duty
    }
}
