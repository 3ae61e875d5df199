import Foundation

/// Something that happened, as decided by `Decider.decide` and recorded in the journal.
/// The journal adds the sequence number; `evolve` folds events into `State`.
public struct Event: Sendable, Equatable {
    /// When it was registered (typed in).
    public var registered: Date
    /// When it happened, when that differs from `registered` (a late entry).
    public var occurred: Date?
    public var operatorName: OperatorName
    public var incident: IncidentID?
    public var body: EventBody

    public init(registered: Date, occurred: Date? = nil, operatorName: OperatorName, incident: IncidentID?, body: EventBody) {
        self.registered = registered
        self.occurred = occurred
        self.operatorName = operatorName
        self.incident = incident
        self.body = body
    }

    /// The time the event speaks of: when it happened if known, else when it was registered.
    public var effectiveTime: Date { occurred ?? registered }
}

/// A payload that can stand in the journal under a stable type name.
public protocol EventPayload: Codable, Sendable, Equatable {
    static var type: String { get }
    var body: EventBody { get }
}

/// What happened. Each case's payload has a stable type name used in the journal.
public indirect enum EventBody: Sendable, Equatable {
    case incidentOpened(IncidentOpened)
    case incidentTriaged(IncidentTriaged)
    case responseStarted(ResponseStarted)
    case controlConfirmed(ControlConfirmed)
    case restorationStarted(RestorationStarted)
    case serviceRestored(ServiceRestored)
    case incidentClosed(IncidentClosed)
    case incidentEvaluated(IncidentEvaluated)
    case levelChanged(LevelChanged)
    case levelKept(LevelKept)
    case logEntry(LogEntry)
    case entryCorrected(EntryCorrected)
    case taskAssigned(TaskAssigned)
    case taskCompleted(TaskCompleted)
    case taskCancelled(TaskCancelled)
    case roleAssigned(RoleAssigned)
    case notificationRequired(NotificationRequired)
    case callAttempted(CallAttempted)
    case notificationDeclined(NotificationDeclined)
    case fallbackActivated(FallbackActivated)
    case fallbackEnded(FallbackEnded)
    case stepCompleted(StepCompleted)
    case formsIssued(FormsIssued)
    case formAdvanced(FormAdvanced)
    case formsAdvanced(FormsAdvanced)
    case formWaived(FormWaived)
    case privacyBreachFlagged(PrivacyBreachFlagged)
    case deviationRegistered(DeviationRegistered)
    case deviationMeasureAdded(DeviationMeasureAdded)
    case deviationMeasureUpdated(DeviationMeasureUpdated)
    case deviationClosed(DeviationClosed)
    case deviationMeasureApproved(DeviationMeasureApproved)
    case deviationRiskAssessed(DeviationRiskAssessed)
    case deviationCauseRecorded(DeviationCauseRecorded)
    case breachDetailsRecorded(BreachDetailsRecorded)
    case breachReported(BreachReported)
    case messageDrafted(MessageDrafted)
    case messageApproved(MessageApproved)
    case messageApprovedVerbally(MessageApprovedVerbally)
    case messageSent(MessageSent)
    case exerciseStarted(ExerciseStarted)
    case injectReleased(InjectReleased)
    case injectSkipped(InjectSkipped)
    case exerciseClockPaused(ExerciseClockPaused)
    case exerciseClockResumed(ExerciseClockResumed)
    case expectationAssessed(ExpectationAssessed)
    case observerNoted(ObserverNoted)
    case exerciseEnded(ExerciseEnded)
    case exerciseEvaluated(ExerciseEvaluated)
    case hotWashNoted(HotWashNoted)
    case correctiveActionClosed(CorrectiveActionClosed)
    case measureCompleted(MeasureCompleted)
    case procedureTestRecorded(ProcedureTestRecorded)
    case trainingRecorded(TrainingRecorded)

    /// Every payload type, for decoding by type name.
    public static let payloadTypes: [String: any EventPayload.Type] = Dictionary(uniqueKeysWithValues: [
        IncidentOpened.self, IncidentTriaged.self, ResponseStarted.self, ControlConfirmed.self,
        RestorationStarted.self, ServiceRestored.self, IncidentClosed.self, IncidentEvaluated.self,
        LevelChanged.self, LevelKept.self, LogEntry.self, EntryCorrected.self, TaskAssigned.self,
        TaskCompleted.self, TaskCancelled.self, RoleAssigned.self, NotificationRequired.self,
        CallAttempted.self, NotificationDeclined.self, FallbackActivated.self, FallbackEnded.self,
        StepCompleted.self, FormsIssued.self, FormAdvanced.self, FormWaived.self, PrivacyBreachFlagged.self,
        DeviationRegistered.self, DeviationMeasureAdded.self, DeviationMeasureUpdated.self, DeviationClosed.self,
        DeviationMeasureApproved.self, DeviationRiskAssessed.self, DeviationCauseRecorded.self,
        BreachDetailsRecorded.self, BreachReported.self, MessageDrafted.self, MessageApproved.self, MessageSent.self,
        ExerciseStarted.self, InjectReleased.self, InjectSkipped.self, ExerciseClockPaused.self, ExerciseClockResumed.self,
        ExpectationAssessed.self, ObserverNoted.self, ExerciseEnded.self, ExerciseEvaluated.self, HotWashNoted.self,
        CorrectiveActionClosed.self, MessageApprovedVerbally.self, FormsAdvanced.self,
        MeasureCompleted.self, ProcedureTestRecorded.self, TrainingRecorded.self,
    ].map { ($0.type, $0) })

    /// The payload, for encoding.
    public var payload: any EventPayload {
        switch self {
        case .incidentOpened(let p): p
        case .incidentTriaged(let p): p
        case .responseStarted(let p): p
        case .controlConfirmed(let p): p
        case .restorationStarted(let p): p
        case .serviceRestored(let p): p
        case .incidentClosed(let p): p
        case .incidentEvaluated(let p): p
        case .levelChanged(let p): p
        case .levelKept(let p): p
        case .logEntry(let p): p
        case .entryCorrected(let p): p
        case .taskAssigned(let p): p
        case .taskCompleted(let p): p
        case .taskCancelled(let p): p
        case .roleAssigned(let p): p
        case .notificationRequired(let p): p
        case .callAttempted(let p): p
        case .notificationDeclined(let p): p
        case .fallbackActivated(let p): p
        case .fallbackEnded(let p): p
        case .stepCompleted(let p): p
        case .formsIssued(let p): p
        case .formAdvanced(let p): p
        case .formsAdvanced(let p): p
        case .formWaived(let p): p
        case .privacyBreachFlagged(let p): p
        case .deviationRegistered(let p): p
        case .deviationMeasureAdded(let p): p
        case .deviationMeasureUpdated(let p): p
        case .deviationClosed(let p): p
        case .deviationMeasureApproved(let p): p
        case .deviationRiskAssessed(let p): p
        case .deviationCauseRecorded(let p): p
        case .breachDetailsRecorded(let p): p
        case .breachReported(let p): p
        case .messageDrafted(let p): p
        case .messageApproved(let p): p
        case .messageApprovedVerbally(let p): p
        case .messageSent(let p): p
        case .exerciseStarted(let p): p
        case .injectReleased(let p): p
        case .injectSkipped(let p): p
        case .exerciseClockPaused(let p): p
        case .exerciseClockResumed(let p): p
        case .expectationAssessed(let p): p
        case .observerNoted(let p): p
        case .exerciseEnded(let p): p
        case .exerciseEvaluated(let p): p
        case .hotWashNoted(let p): p
        case .correctiveActionClosed(let p): p
        case .measureCompleted(let p): p
        case .procedureTestRecorded(let p): p
        case .trainingRecorded(let p): p
        }
    }

    /// The journal type name, e.g. `incident.opened`.
    public var type: String { Swift.type(of: payload).type }
}
