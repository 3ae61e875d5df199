import Foundation

/// A procedure followed in a journal at some time: exercised in a tabletop exercise, or used in a real incident.
public struct ProcedureUse: Sendable, Equatable {
    public var procedure: ProcedureID
    public var at: Date
    public var exercised: Bool
    public init(procedure: ProcedureID, at: Date, exercised: Bool) {
        self.procedure = procedure
        self.at = at
        self.exercised = exercised
    }
}

/// When a procedure was last exercised and last used, and whether it is due for a test (Normen 5.9 and
/// factsheet 3b: procedures are tested at least yearly; the interval is `exercise_interval_days`).
public struct ProcedureTestStatus: Sendable, Equatable {
    public var procedure: ProcedureID
    public var title: String
    public var lastExercised: Date?
    public var lastUsed: Date?
    /// Days since it was last exercised or used, at the time the status was made; nil when never.
    public var daysSince: Int?
    public var isDue: Bool

    /// `prosedyren «skadevare» er ikke øvd eller brukt på 400 dager (grensen er 365)`.
    public func warning(intervalDays: Int) -> String {
        let since = daysSince.map { "på \($0) dager" } ?? "noen gang"
        return "prosedyren «\(procedure)» er ikke øvd eller brukt \(since) (grensen er \(intervalDays))"
    }
}

public enum ProcedureTesting {
    /// The procedures an event follows: ticked steps, fallback routines and tasks name theirs; a started exercise
    /// names the procedures its scenario tests.
    public static func procedures(in body: EventBody) -> [ProcedureID] {
        switch body {
        case .stepCompleted(let p): [p.procedure.id]
        case .fallbackActivated(let p): p.procedure.map { [$0.id] } ?? []
        case .taskAssigned(let p): p.procedure.map { [$0.id] } ?? []
        case .exerciseStarted(let p): p.scenario.procedures
        default: []
        }
    }

    /// The journal type names `procedures(in:)` looks at, so a reader can skip decoding every other record.
    public static let eventTypes: Set<String> = [StepCompleted.type, FallbackActivated.type, TaskAssigned.type, ExerciseStarted.type]

    /// Every procedure of the organisation with its last exercise and use, in the playbooks' order.
    public static func status(_ organisation: Organisation, uses: [ProcedureUse], now: Date) -> [ProcedureTestStatus] {
        organisation.procedures.map { procedure in
            let mine = uses.filter { $0.procedure == procedure.id }
            let exercised = mine.filter(\.exercised).map(\.at).max()
            let used = mine.filter { !$0.exercised }.map(\.at).max()
            let days = [exercised, used].compactMap { $0 }.max().map { Int(now.timeIntervalSince($0) / 86400) }
            return ProcedureTestStatus(procedure: procedure.id, title: procedure.title, lastExercised: exercised, lastUsed: used,
                                       daysSince: days, isDue: days.map { $0 > organisation.exerciseIntervalDays } ?? true)
        }
    }
}
