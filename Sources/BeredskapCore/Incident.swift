import Foundation

/// One incident as the journal tells it so far.
public struct Incident: Codable, Sendable, Equatable {
    public var id: IncidentID
    public var title: String
    public var detectedBy: String?
    /// Planlagt nedetid: reported apart from unplanned outages.
    public var planned = false
    /// When the outage began (the opening event's effective time).
    public var detectedAt: Date
    public var openedBy: OperatorName
    public var phase: Phase = .detected
    /// When the current phase began: step deadlines (`within`) count from here.
    public var phaseSince: Date
    public var triage: IncidentTriaged?
    /// The seq of every triage recorded, in order: a correction of a wrong triage points at the one that replaced it.
    public var triageSeqs: [Int] = []
    /// When the first assessment was made.
    public var triagedAt: Date?
    public var controlConfirmedAt: Date?
    public var restoredAt: Date?
    public var closed: IncidentClosed?
    public var closedAt: Date?
    public var evaluation: IncidentEvaluated?
    public var privacyBreachAwareAt: Date?
    /// The Datatilsynet duty that a flagged breach brought.
    public var privacyBreachDuty: DutyID?
    /// The description given when the breach was flagged.
    public var privacyBreachNote: String?
    /// What is known about the breach so far, merged from every recording.
    public var breachDetails = BreachDetails()
    /// Messages to patients, staff and authorities, in the order drafted.
    public var messages: [IncidentMessage] = []
    /// The notifications sent to Datatilsynet, in order.
    public var breachReports: [BreachReported] = []
    public var activeFallbacks: Set<FallbackMode> = []
    /// Ticked checklist steps by procedure version and step id, with who ticked them and when.
    public var completedSteps: [ProcedureRef: [StepID: StepTick]] = [:]
    /// Ticked damage-limitation measures by category and measure text, with who ticked them and when.
    public var completedMeasures: [CategoryID: [String: StepTick]] = [:]
    /// Tasks and duties in the order they were created.
    public var tasks: [IncidentTask] = []
    public var duties: [NotificationDuty] = []
    public var forms: [PaperForm] = []
    /// What has been fulfilled in this incident, each with the events that did it, in order.
    public var fulfilled: [Fulfilment: [Fulfilled]] = [:]

    public init(id: IncidentID, title: String, detectedBy: String?, detectedAt: Date, openedBy: OperatorName) {
        self.id = id
        self.title = title
        self.detectedBy = detectedBy
        self.detectedAt = detectedAt
        self.openedBy = openedBy
        phaseSince = detectedAt
    }

    public func task(_ id: TaskID) -> IncidentTask? { tasks.first { $0.id == id } }
    public func duty(_ id: DutyID) -> NotificationDuty? { duties.first { $0.id == id } }
    public func form(_ serial: FormSerial) -> PaperForm? { forms.first { $0.serial == serial } }

    /// Forms not yet verified or waived: these block closing.
    public var unsettledForms: [PaperForm] { forms.filter { !$0.status.isSettled } }
    /// Mandatory notifications neither done nor declined: these block closing.
    public var outstandingMandatoryDuties: [NotificationDuty] { duties.filter { $0.mandatory && $0.isOutstanding } }
}

/// Who ticked a checklist step, and when.
public struct StepTick: Codable, Sendable, Equatable {
    public var at: Date
    public var by: OperatorName
    /// The seq that recorded the tick, which a correction that unticks it must name.
    public var seq: Int
    /// The seq of the event that fulfilled the step (`done_by`), when no one ticked it by hand.
    public var fulfilledBy: Int?

    public init(at: Date, by: OperatorName, seq: Int = 0, fulfilledBy: Int? = nil) {
        self.at = at
        self.by = by
        self.seq = seq
        self.fulfilledBy = fulfilledBy
    }
}

/// A task: who does what by when.
public struct IncidentTask: Codable, Sendable, Equatable {
    public enum Status: Codable, Sendable, Equatable { case open, done(at: Date, by: OperatorName), cancelled(reason: String) }
    public var id: TaskID
    public var title: String
    public var role: RoleID
    public var due: Date?
    public var procedure: ProcedureRef?
    /// The event that completes the task when it is journaled.
    public var doneBy: Fulfilment?
    public var status: Status = .open
    /// The seq of the event that fulfilled the task, when it was done that way.
    public var fulfilledBy: Int?
    public var isOpen: Bool { status == .open }
}

/// A notification duty and every attempt at it.
public struct NotificationDuty: Codable, Sendable, Equatable {
    public struct Attempt: Codable, Sendable, Equatable {
        public var at: Date
        public var by: OperatorName
        public var outcome: CallOutcome
        public var number: String?
        public var note: String?
        /// The seq that recorded the attempt, which a correction of its outcome must name.
        public var seq: Int = 0
    }
    public var id: DutyID
    public var recipient: String
    public var contact: ContactID?
    public var due: Date?
    public var mandatory: Bool
    public var attempts: [Attempt] = []
    public var declinedReason: String?

    /// When the recipient was reached, if they were.
    public var reachedAt: Date? { attempts.first { $0.outcome.fulfils }?.at }
    public var isOutstanding: Bool { reachedAt == nil && declinedReason == nil }

    /// Reached after its deadline, or still not reached at `end`; a declined duty is never late.
    public func wasLate(judgedAt end: Date) -> Bool {
        guard let due, declinedReason == nil else { return false }
        return (reachedAt ?? end) > due
    }
}

/// A paper form with its serial, tracked from issue to verified entry.
public struct PaperForm: Codable, Sendable, Equatable {
    public var serial: FormSerial
    public var form: FormTypeID
    public var issuedTo: String
    public var issuedAt: Date
    public var status: FormStatus = .issued
    public var waivedReason: String?
    /// Every status the form has had, from its issue on, with the seq that set it; the last one is `status`.
    /// A correction moves a form back by taking off the last change.
    public var history: [FormChange] = []
}

/// One status a paper form was given, and by which journal line.
public struct FormChange: Codable, Sendable, Equatable {
    public var status: FormStatus
    public var seq: Int
    public var at: Date
    public var by: OperatorName
}
