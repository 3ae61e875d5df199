import BeredskapCore
import Foundation

/// What `status` shows: the level, the open incidents with their clocks, what is overdue and what is missing.
/// A value computed from the state at one moment, printed as text or encoded as JSON.
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
    }

    /// The exercise a journal plays, where its clock stands and what waits for the facilitator.
    public struct ExerciseStatus: Encodable, Sendable {
        public var scenario: String
        public var title: String
        public var clockMinutes: Int
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
    public var exerciseIntervalDays: Int

    /// `tests`: the yearly test tracking across the journal directory (`ProcedureUseScan`), if it was read.
    public init(store: IncidentStore, now: Date, tests: [ProcedureTestStatus] = []) {
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
            return ExerciseStatus(scenario: exercise.scenario.id, title: exercise.scenario.title, clockMinutes: Int(clock.elapsed / 60),
                                  paused: clock.isPaused, ended: clock.isEnded, injectsReleased: exercise.releases.count,
                                  injectsDue: exercise.timeline(at: now).filter { $0.progress == .due }.map(\.inject.id.rawValue))
        }
        correctiveActions = state.openCorrectiveActions.map {
            CorrectiveActionStatus(id: $0.id.rawValue, text: $0.text, owner: $0.owner, due: $0.due, overdue: $0.isOverdue(at: now))
        }
        proceduresDueForTest = tests.filter(\.isDue).map(\.procedure.rawValue)
        exerciseIntervalDays = state.organisation.exerciseIntervalDays
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

    /// Norwegian text for a terminal or a printer, times on the organisation's clock. Free text is made inert.
    public func text(now: Date, timeZone: TimeZone) -> String {
        var lines: [String] = []
        if kind == "exercise" { lines.append("*** ØVELSE ***") }
        lines.append("BEREDSKAPSNIVÅ: \(level.uppercased())" + (levelReason.map { " (\(InertText.make($0)))" } ?? ""))
        if let readOnlyReason { lines.append("JOURNALEN ER SKRIVEBESKYTTET: \(readOnlyReason)") }
        lines.append("Journal: \(journal)  Segl: \(seal)")
        if !roles.isEmpty {
            lines.append("Krisestab: " + roles.sorted { $0.key < $1.key }.map { "\($0.key): \(InertText.make($0.value))" }.joined(separator: ", "))
        }
        if openIncidents.isEmpty { lines.append("Ingen åpne hendelser.") }
        for incident in openIncidents {
            lines.append("")
            lines.append("\(incident.id)  \(InertText.make(incident.title))  [fase: \(incident.phase)]")
            var clock = "  Avbrudd: \(Minutes.describe(seconds: TimeInterval(incident.outageMinutes * 60)))"
            if let max = incident.maxOutageMinutes {
                clock += " av maks \(Minutes(max))" + (incident.maxOutageExceeded ? " — MAKSIMAL AVBRUDDSTID OVERSKREDET" : "")
            }
            if incident.restoredAt != nil { clock += " (gjenopprettet)" }
            lines.append(clock)
            if let severity = incident.severity {
                lines.append("  Alvorlighetsgrad: \(severity); systemer: \(incident.systems.map(InertText.make).joined(separator: ", "))"
                    + (incident.suggestedLevel.map { "; foreslått nivå: \($0)" } ?? ""))
            }
            if let deadline = incident.privacyBreachDeadline {
                let left = deadline.timeIntervalSince(now)
                lines.append("  72-timersfrist til Datatilsynet: \(Timestamps.local(deadline, timeZone: timeZone))"
                    + (left < 0 ? " — OVERSKREDET" : " (\(Minutes.describe(seconds: left)) igjen)"))
            }
            for due in incident.deadlines {
                lines.append("  \(due.overdue ? "FORSINKET" : "Frist    ") \(Timestamps.local(due.due, timeZone: timeZone))  \(InertText.make(due.title))")
            }
            if !incident.outstandingNotifications.isEmpty {
                let tried = incident.outstandingNotifications.filter { $0.attempts > 0 }.map(\.id)
                lines.append("  Ikke varslet: \(incident.outstandingNotifications.count)"
                    + (tried.isEmpty ? "" : " (forsøkt uten å nå fram: \(tried.joined(separator: ", ")))")
                    + "; registrer med `beredskap call`")
                for duty in incident.outstandingNotifications where duty.due == nil {
                    lines.append("  Uten frist [\(duty.id)]  Varsle \(InertText.make(duty.recipient))")
                }
            }
            if !incident.unsettledForms.isEmpty {
                lines.append("  Papirskjema ikke ajourført: \(incident.unsettledForms.count)")
            }
        }
        if closedIncidents > 0 { lines.append("\nAvsluttede hendelser: \(closedIncidents)") }
        lines += evaluationLines(timeZone)
        return lines.joined(separator: "\n")
    }

    /// The exercise, the open corrective actions and procedures due for their yearly test.
    private func evaluationLines(_ timeZone: TimeZone) -> [String] {
        var lines: [String] = []
        if let exercise {
            let clock = exercise.ended ? "avsluttet" : exercise.paused ? "står stille" : "går"
            lines.append("\nØvelse: \(InertText.make(exercise.title)) – øvelsesklokke T+\(exercise.clockMinutes) (\(clock)); "
                + "\(exercise.injectsReleased) innspill gitt ut" + (exercise.injectsDue.isEmpty ? "" : "; forfalt: \(exercise.injectsDue.joined(separator: ", "))"))
        }
        if !correctiveActions.isEmpty {
            lines.append("\nÅpne tiltak fra evalueringer: \(correctiveActions.count) (`beredskap action list`)")
            for action in correctiveActions {
                lines.append("  \(action.overdue ? "FORFALT" : "Frist  ") \(Timestamps.day(action.due, timeZone: timeZone))  [\(action.id)] "
                    + "\(InertText.make(action.owner)): \(InertText.make(action.text))")
            }
        }
        if !proceduresDueForTest.isEmpty {
            lines.append("\nIkke øvd eller brukt siste \(exerciseIntervalDays) dager (Normen 5.9): " + proceduresDueForTest.joined(separator: ", "))
        }
        return lines
    }
}
