import Foundation

/// What a person asks for. `decide` turns it into events or refuses it.
public struct Command: Sendable {
    public var operatorName: OperatorName
    /// When it happened, for late entries; nil means now.
    public var occurred: Date?
    /// For a decision the playbooks reserve for a role, taken by another person and relayed by the operator
    /// («på vegne av», e.g. given by phone): the person who took it.
    public var onBehalfOf: String?
    public var action: Action

    public init(by operatorName: OperatorName, occurred: Date? = nil, onBehalfOf: String? = nil, _ action: Action) {
        self.operatorName = operatorName
        self.occurred = occurred
        self.onBehalfOf = onBehalfOf
        self.action = action
    }
}

/// The facts of an initial assessment (factsheet 2a), as a person enters them.
public struct TriageInput: Sendable, Equatable {
    public var systems: [SystemID]
    public var category: CategoryID
    public var severity: Severity
    public var consequence: String
    public var affected: [SecurityProperty]
    public var expectedDuration: Minutes?
    /// The strictest max outage time of the affected systems, from the register.
    public var maxOutage: Minutes?

    public init(systems: [SystemID], category: CategoryID, severity: Severity, consequence: String,
                affected: [SecurityProperty] = [.availability], expectedDuration: Minutes? = nil, maxOutage: Minutes? = nil) {
        self.systems = systems
        self.category = category
        self.severity = severity
        self.consequence = consequence
        self.affected = affected
        self.expectedDuration = expectedDuration
        self.maxOutage = maxOutage
    }
}

/// The level decision that closing the last open incident asks for.
public enum LevelDecision: Sendable, Equatable {
    case lower(to: ReadinessLevel, reason: String)
    case keep(reason: String)
}

public enum Action: Sendable {
    /// `planned`: planlagt nedetid (an upgrade, a maintenance window), reported apart from unplanned outages.
    case openIncident(title: String, detectedBy: String?, planned: Bool = false)
    case triage(IncidentID, TriageInput)
    case startResponse(IncidentID, note: String?)
    case confirmControl(IncidentID, note: String)
    case startRestoration(IncidentID, note: String?)
    case confirmRestored(IncidentID, note: String?)
    /// Closes after re-entry; with `dismissal` it closes an incident that never reached response (a false alarm).
    /// Unticked critical steps and open tasks are a DO-CONFIRM: closing past them needs `unfinishedReason`.
    case close(IncidentID, summary: String, dismissal: String?, level: LevelDecision?, unfinishedReason: String? = nil)
    case evaluate(IncidentID, lessons: [String], actions: [CorrectiveAction])
    case setLevel(ReadinessLevel, reason: String, incidents: [IncidentID])
    case log(IncidentID?, text: String)
    /// With `fact`, the corrected line set a fact (a call outcome, a step tick, a form's status, a triage) and the
    /// state follows the right one; Core checks that `seq` really recorded it.
    case correct(seq: Int, incident: IncidentID?, text: String, reason: String, fact: FactCorrection? = nil)
    case assignTask(IncidentID, title: String, role: RoleID, due: Date?, procedure: ProcedureRef?)
    case completeTask(IncidentID, TaskID, note: String?)
    case cancelTask(IncidentID, TaskID, reason: String)
    case assignRole(RoleID, person: String, handoverNote: String?)
    case requireNotification(IncidentID, recipient: String, contact: ContactID?, due: Date?, mandatory: Bool)
    case recordCall(IncidentID, DutyID, outcome: CallOutcome, number: String?, note: String?)
    case declineNotification(IncidentID, DutyID, reason: String)
    case activateFallback(IncidentID, FallbackMode, procedure: ProcedureRef?)
    case endFallback(IncidentID, FallbackMode)
    case completeStep(IncidentID, ProcedureRef, step: StepID)
    /// Serials run on from the form type's prefix in the organisation's skjema.yaml.
    case issueForms(IncidentID, form: FormTypeID, count: Int, issuedTo: String)
    case advanceForm(IncidentID, FormSerial, to: FormStatus)
    /// Every selected form one step on; `count` is how many the person sees and must match the selection.
    case advanceForms(IncidentID, FormSelection, to: FormStatus, count: Int)
    case waiveForm(IncidentID, FormSerial, reason: String)
    case flagPrivacyBreach(IncidentID, awareAt: Date, note: String)
    case registerDeviation(DeviationReport, incident: IncidentID?)
    case addDeviationMeasure(DeviationID, MeasurePlan)
    case approveDeviationMeasure(DeviationID, MeasureID, Approval)
    case updateDeviationMeasure(DeviationID, MeasureID, status: MeasureStatus, note: String?)
    /// A first or a new risk assessment (Normen 5.8.1; again when the avvik repeats).
    case assessDeviationRisk(DeviationID, DeviationRisk)
    /// The system it concerns and the category of its cause, once known or when found to be different.
    case recordDeviationCause(DeviationID, system: SystemID?, category: CategoryID?)
    case closeDeviation(DeviationID, assessment: String)
    case recordBreachDetails(IncidentID, BreachDetails)
    case reportBreach(IncidentID, stage: BreachReportStage, delayReason: String?)
    /// `text` replaces the filled template when the sender has completed its [bracketed] parts.
    case draftMessage(IncidentID, template: TemplateID, recipients: String, nextUpdate: Date?, contact: String?, text: String?)
    case approveMessage(IncidentID, MessageID)
    /// An approval the krisestab lead gave by phone, typed by someone else: `approver` must hold the role.
    case approveMessageVerbally(IncidentID, MessageID, approver: String, givenAt: Date)
    case sendMessage(IncidentID, MessageID, channel: String)
    /// Exercise journals only: starts the exercise clock on the scenario, at a tempo (2: two planned hours in one).
    case startExercise(ExerciseScenario, tempo: ExerciseTempo = .realTime)
    case releaseInject(InjectID)
    case skipInject(InjectID, reason: String)
    case pauseExercise(reason: String?)
    case resumeExercise
    /// A note is required unless the expectation was met.
    case assessExpectation(ExpectationID, ExpectationRating, note: String?)
    case observe(text: String, inject: InjectID?)
    /// ENDEX.
    case endExercise(note: String?)
    case evaluateExercise(lessons: [String], actions: [CorrectiveAction])
    /// A hot-wash point about an incident, or with no incident about the exercise; an answer names the scenario's
    /// question (from 1).
    case noteHotWash(IncidentID?, HotWashKind, text: String, question: Int? = nil)
    case closeCorrectiveAction(CorrectiveActionID, note: String)
    /// Ticks one of the damage-limitation measures of the incident's category, by its index from 0 (factsheet 2g).
    case completeMeasure(IncidentID, CategoryID, measure: Int)
    /// A functional or restore test done outside Beredskap, recorded in the real journal with its outcome.
    case recordProcedureTest(ProcedureID, TestKind, TestOutcome, note: String?)
    /// Someone trained on a procedure or (with no procedure) a krisestab role: exactly one of the two.
    case recordTraining(person: String, procedure: ProcedureID?, role: RoleID?, note: String?)
}
