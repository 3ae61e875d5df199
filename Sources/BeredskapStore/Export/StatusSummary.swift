import BeredskapCore
import Foundation

/// What `status` shows: the level, the open incidents with their clocks, what is overdue and what is missing.
/// A value computed from the state at one moment, encoded as JSON here; the executable writes it as text.
public struct StatusSummary: Encodable, Sendable {
    public struct Notification: Encodable, Sendable {
        public var id: String
        public var recipient: String
        public var due: Date?
        public var attempts: Int
    }

    public struct Due: Encodable, Sendable {
        public var title: String
        public var due: Date
        public var overdue: Bool
    }

    public struct IncidentStatus: Encodable, Sendable {
        public var id: String
        public var title: String
        public var phase: String
        public var detectedAt: Date
        public var outageMinutes: Int
        public var maxOutageMinutes: Int?
        public var maxOutageExceeded: Bool
        public var restoredAt: Date?
        public var severity: String?
        public var systems: [String]
        public var suggestedLevel: String?
        public var deadlines: [Due]
        public var outstandingNotifications: [Notification]
        public var unsettledForms: [String]
        public var privacyBreachDeadline: Date?
    }

    public struct CorrectiveActionStatus: Encodable, Sendable {
        public var id: String
        public var text: String
        public var owner: String
        public var due: Date
        public var overdue: Bool
        /// The exercise journal the action came from; nil for this journal's own.
        public var exercise: String?
    }

    /// An open avvik that repeats an earlier one (same system and cause within 12 months, Normen 5.8.1).
    public struct RepeatedDeviation: Encodable, Sendable {
        public var id: String
        /// The earlier avvik it repeats, oldest first.
        public var repeats: [String]
        /// «Gjentatt avvik: ... vurder ny risikovurdering».
        public var warning: String
    }

    /// The exercise a journal plays, where its clock stands and what waits for the facilitator.
    public struct ExerciseStatus: Encodable, Sendable {
        public var scenario: String
        public var title: String
        /// Scenario minutes played (T+mm).
        public var clockMinutes: Int
        /// `T+20 (02.10 i scenariet)`, as every screen shows it.
        public var clock: String
        /// How fast the scenario runs against the wall clock (1 = real time).
        public var tempo: Double
        public var paused: Bool
        public var ended: Bool
        public var injectsReleased: Int
        public var injectsDue: [String]
    }

    public var journal: String
    public var kind: String
    public var seal: String
    public var level: String
    public var levelReason: String?
    public var levelDecidedAt: Date?
    public var roles: [String: String]
    public var openIncidents: [IncidentStatus]
    public var closedIncidents: Int
    public var readOnlyReason: String?
    public var exercise: ExerciseStatus?
    /// Open corrective actions from evaluations, soonest due first.
    public var correctiveActions: [CorrectiveActionStatus]
    /// Procedures not exercised or used within the organisation's interval (Normen 5.9).
    public var proceduresDueForTest: [String]
    /// The test plan against what is done this year, per procedure in the plan (Normen 5.9, factsheet 3b).
    public var testPlan: [PlannedTestStatus]
    public var exerciseIntervalDays: Int
    /// Open avvik that call for a new risk assessment because they repeat an earlier one.
    public var repeatedDeviations: [RepeatedDeviation]

    /// `tests`: the yearly test tracking across the journal directory (`JournalFolder.procedureUses`), if it was read;
    /// `exerciseActions`: the open actions of the exercises' evaluations (`JournalFolder.openExerciseActions`), for the real journal.
    public init(store: IncidentStore, now: Date, tests: [ProcedureTestStatus] = [], exerciseActions: [ExerciseImprovementAction] = []) {
        let state = store.state
        journal = store.path
        kind = store.kind.rawValue
        seal = store.seal.description
        level = state.level.rawValue
        levelReason = state.levelDecision?.reason
        levelDecidedAt = state.levelDecidedAt
        roles = Dictionary(uniqueKeysWithValues: state.roles.map { ($0.key.rawValue, $0.value) })
        readOnlyReason = store.damage?.description
        closedIncidents = state.incidents.count - state.openIncidents.count
        exercise = state.exercise.map { exercise in
            let clock = exercise.clock(at: now)
            let time = exercise.scenario.clockTime(clock.elapsed)
            return ExerciseStatus(scenario: exercise.scenario.id, title: exercise.scenario.title, clockMinutes: time.minutes,
                                  clock: time.description, tempo: exercise.tempo.factor, paused: clock.isPaused, ended: clock.isEnded, injectsReleased: exercise.releases.count,
                                  injectsDue: exercise.timeline(at: now).filter { $0.progress == .due }.map(\.inject.id.rawValue))
        }
        let own = state.openCorrectiveActions.map { (exercise: String?.none, action: $0) }
        let exercises = exerciseActions.map { (exercise: Optional($0.exercise), action: $0.action) }
        correctiveActions = (own + exercises).sorted { $0.action.due < $1.action.due }.map { exercise, action in
            CorrectiveActionStatus(id: action.id.rawValue, text: action.text, owner: action.owner, due: action.due,
                                   overdue: action.isOverdue(at: now), exercise: exercise)
        }
        proceduresDueForTest = tests.filter(\.isDue).map(\.procedure.rawValue)
        testPlan = tests.filter { !$0.planned.isEmpty }.map {
            PlannedTestStatus(procedure: $0.procedure.rawValue, title: $0.title, planned: $0.planned.map(\.text),
                              doneThisYear: $0.testedThisYear, overdue: $0.overdue.map(\.text), summary: $0.planText)
        }
        exerciseIntervalDays = state.organisation.exerciseIntervalDays
        repeatedDeviations = state.deviations.filter(\.isOpen).compactMap { deviation in
            state.repeatWarning(for: deviation).map {
                RepeatedDeviation(id: deviation.id.rawValue, repeats: state.earlierRepeats(of: deviation).map(\.id.rawValue), warning: $0)
            }
        }
        let due = Clocks.dueItems(state, now: now)
        openIncidents = state.openIncidents.map { incident in
            let clock = Clocks.outage(incident, now: now)
            return IncidentStatus(
                id: incident.id.rawValue, title: incident.title, phase: incident.phase.rawValue, detectedAt: incident.detectedAt,
                outageMinutes: Int(clock.elapsed / 60), maxOutageMinutes: clock.maxOutage?.value,
                maxOutageExceeded: clock.exceeded, restoredAt: incident.restoredAt,
                severity: incident.triage?.severity.rawValue, systems: incident.triage?.systems.map(\.rawValue) ?? [],
                suggestedLevel: incident.triage?.suggestedLevel.rawValue,
                deadlines: due.filter { $0.incident == incident.id }.map { Due(title: $0.title, due: $0.due, overdue: $0.isOverdue) },
                outstandingNotifications: incident.duties.filter(\.isOutstanding).map {
                    Notification(id: $0.id.rawValue, recipient: $0.recipient, due: $0.due, attempts: $0.attempts.count)
                },
                unsettledForms: incident.unsettledForms.map(\.serial.rawValue),
                privacyBreachDeadline: Clocks.privacyBreachDeadline(incident))
        }
    }
}

/// One procedure's planned tests against the tests done this year.
public struct PlannedTestStatus: Codable, Sendable, Equatable {
    public var procedure: String
    public var title: String
    /// `bordøvelse i mars (beredskapskoordinator)`, by month.
    public var planned: [String]
    public var doneThisYear: Int
    /// Planned tests whose month is over without the test.
    public var overdue: [String]
    /// The line status prints.
    public var summary: String
}
