import Foundation

/// What shows that a procedure was tested (Normen 5.9, factsheet 3b).
public enum TestEvidence: Sendable, Equatable {
    /// An exercise that named the procedure, reached ENDEX and was evaluated.
    case exercise
    /// A real incident that used the procedure and completed its critical steps.
    case incident(IncidentID)
    /// A functional or restore test recorded with its outcome.
    case recorded(TestKind, TestOutcome)
}

/// A procedure shown to be tested at some time.
public struct ProcedureUse: Sendable, Equatable {
    public var procedure: ProcedureID
    public var at: Date
    public var evidence: TestEvidence
    public init(procedure: ProcedureID, at: Date, evidence: TestEvidence) {
        self.procedure = procedure
        self.at = at
        self.evidence = evidence
    }

    public var exercised: Bool {
        switch evidence {
        case .exercise, .recorded: true
        case .incident: false
        }
    }
}

/// When a procedure was last tested by exercise or recorded test and last used in earnest, and whether it is due
/// (Normen 5.9 and factsheet 3b: procedures are tested at least yearly; the interval is `exercise_interval_days`).
public struct ProcedureTestStatus: Sendable, Equatable {
    public var procedure: ProcedureID
    public var title: String
    public var lastExercised: Date?
    public var lastUsed: Date?
    /// Days since it was last tested, at the time the status was made; nil when never.
    public var daysSince: Int?
    public var isDue: Bool
    /// The test plan's lines for the procedure (testplan.yaml), by month.
    public var planned: [PlannedTest] = []
    /// Tests done so far this calendar year, on the organisation's clock.
    public var testedThisYear = 0
    /// Planned tests whose month has ended this year with fewer tests done than planned by then: the k-th planned
    /// test is overdue when its month is over and fewer than k tests were done this year.
    public var overdue: [PlannedTest] = []

    /// `1 av 2 planlagte tester gjort i år; forfalt: bordøvelse i mars (beredskapskoordinator)`.
    public var planText: String {
        guard !planned.isEmpty else { return "ikke i testplanen" }
        return "\(testedThisYear) av \(planned.count) planlagte tester gjort i år"
            + (overdue.isEmpty ? "" : "; forfalt: " + overdue.map(\.text).joined(separator: ", "))
    }

    /// `prosedyren «skadevare» er ikke testet på 400 dager (grensen er 365)`.
    public func warning(intervalDays: Int) -> String {
        let since = daysSince.map { "på \($0) dager" } ?? "noen gang"
        return "prosedyren «\(procedure)» er ikke testet \(since) (grensen er \(intervalDays))"
    }
}

public enum ProcedureTesting {
    /// Every test a journal's state shows: in an exercise journal its exercise once ended and evaluated, in the
    /// real journal each incident that completed a procedure's critical steps and each recorded test that did not fail.
    /// A started exercise or a few ticked steps show nothing.
    public static func uses(in state: State) -> [ProcedureUse] {
        guard !state.isExercise else { return state.exercise.map(exerciseUses) ?? [] }
        let recorded = state.procedureTests.filter(\.test.outcome.counts).map {
            ProcedureUse(procedure: $0.test.procedure.id, at: $0.at, evidence: .recorded($0.test.kind, $0.test.outcome))
        }
        return state.incidents.flatMap { incidentUses($0, organisation: state.organisation) } + recorded
    }

    /// An exercise shows its scenario's procedures tested at its evaluation, once it has reached ENDEX.
    static func exerciseUses(_ exercise: Exercise) -> [ProcedureUse] {
        guard let ended = exercise.endedAt, exercise.evaluation != nil else { return [] }
        return exercise.scenario.procedures.map { ProcedureUse(procedure: $0, at: ended, evidence: .exercise) }
    }

    /// An incident shows a procedure tested when every critical step of it was ticked (every step, for a procedure
    /// without critical steps), at the last of those ticks.
    static func incidentUses(_ incident: Incident, organisation: Organisation) -> [ProcedureUse] {
        incident.completedSteps.compactMap { ref, ticks -> ProcedureUse? in
            guard let procedure = organisation.procedure(ref.id) else { return nil }
            let steps = procedure.steps.values.flatMap { $0 }
            let required = steps.contains(where: \.critical) ? steps.filter(\.critical) : steps
            let times = required.compactMap { ticks[$0.id]?.at }
            guard !required.isEmpty, times.count == required.count, let last = times.max() else { return nil }
            return ProcedureUse(procedure: ref.id, at: last, evidence: .incident(incident.id))
        }
    }

    /// Every procedure of the organisation with its last test and use, in the playbooks' order.
    public static func status(_ organisation: Organisation, uses: [ProcedureUse], now: Date) -> [ProcedureTestStatus] {
        let timeZone = organisation.timeZone
        let year = Timestamps.year(now, timeZone: timeZone)
        let month = Timestamps.calendar(timeZone).component(.month, from: now)
        return organisation.procedures.map { procedure in
            let mine = uses.filter { $0.procedure == procedure.id }
            let exercised = mine.filter(\.exercised).map(\.at).max()
            let used = mine.filter { !$0.exercised }.map(\.at).max()
            let days = [exercised, used].compactMap { $0 }.max().map { Int(now.timeIntervalSince($0) / 86400) }
            let planned = organisation.testPlan.filter { $0.procedure == procedure.id }.sorted { $0.month.number < $1.month.number }
            let thisYear = mine.filter { Timestamps.year($0.at, timeZone: timeZone) == year }.count
            let overdue = planned.enumerated().filter { index, test in test.month.number < month && thisYear < index + 1 }.map(\.element)
            return ProcedureTestStatus(procedure: procedure.id, title: procedure.title, lastExercised: exercised, lastUsed: used,
                                       daysSince: days, isDue: days.map { $0 > organisation.exerciseIntervalDays } ?? true,
                                       planned: planned, testedThisYear: thisYear, overdue: overdue)
        }
    }
}
