import Foundation

/// An inject in a scenario, e.g. `i3`.
public struct InjectID: Codable, StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// An expected action in a scenario, e.g. `f4`; unique within the scenario so the facilitator can name it alone.
public struct ExpectationID: Codable, StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// An exercise objective, e.g. `m2`.
public struct ObjectiveID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// A tabletop exercise scenario from `Playbooks/ovelser/` (factsheet 3b-3c, Normen 5.9). The whole scenario is
/// recorded in the exercise journal when the exercise starts, so the journal tells the exercise on its own even
/// after the file is revised.
public struct ExerciseScenario: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var version: String
    /// SHA-256 of the scenario file as written.
    public var contentHash: String
    /// Planned length on the exercise clock.
    public var duration: Minutes
    /// When T+0 is in the scenario's own world (`start_time: "01:50"`), if it says; absent in older journals.
    public var startTime: TimeOfDay?
    /// The procedures the exercise tests: the yearly test tracking counts them as exercised.
    public var procedures: [ProcedureID]
    public var objectives: [ExerciseObjective]
    public var participants: [Participant]
    /// What the participants are told before the clock starts.
    public var startSituation: String
    /// In order of their time on the exercise clock.
    public var injects: [Inject]
    /// Discussion questions for the hot wash.
    public var questions: [String]

    public init(id: String, title: String, version: String, contentHash: String, duration: Minutes, procedures: [ProcedureID],
                objectives: [ExerciseObjective], participants: [Participant], startSituation: String, injects: [Inject],
                questions: [String], startTime: TimeOfDay? = nil) {
        self.id = id
        self.title = title
        self.version = version
        self.contentHash = contentHash
        self.duration = duration
        self.procedures = procedures
        self.objectives = objectives
        self.participants = participants
        self.startSituation = startSituation
        self.injects = injects.sorted { $0.at < $1.at }
        self.questions = questions
        self.startTime = startTime
    }

    public func inject(_ id: InjectID) -> Inject? { injects.first { $0.id == id } }
    public func objective(_ id: ObjectiveID) -> ExerciseObjective? { objectives.first { $0.id == id } }

    /// The expectation and the inject it belongs to.
    public func expectation(_ id: ExpectationID) -> (expectation: Expectation, inject: Inject)? {
        for inject in injects {
            if let expectation = inject.expectations.first(where: { $0.id == id }) { return (expectation, inject) }
        }
        return nil
    }

    /// Every expectation in inject order.
    public var expectations: [Expectation] { injects.flatMap(\.expectations) }
}

/// What the exercise sets out to show, tied to the factsheet steps it tests (e.g. `2c`, `3c`).
public struct ExerciseObjective: Codable, Sendable, Equatable {
    public var id: ObjectiveID
    public var text: String
    public var factsheet: [String]
    public init(id: ObjectiveID, text: String, factsheet: [String]) {
        self.id = id
        self.text = text
        self.factsheet = factsheet
    }
}

/// A role that takes part, and what it plays in the exercise.
public struct Participant: Codable, Sendable, Equatable {
    public var role: RoleID
    public var task: String
    public init(role: RoleID, task: String) {
        self.role = role
        self.task = task
    }
}

/// A message the facilitator hands a role at a time on the exercise clock, with the actions it should prompt.
public struct Inject: Codable, Sendable, Equatable {
    public var id: InjectID
    /// Time on the exercise clock (T+mm).
    public var at: Minutes
    /// The role it goes to.
    public var to: RoleID
    /// Who it seems to come from (a ward, HelseCERT, the vendor), as the participants are told.
    public var from: String
    public var text: String
    public var expectations: [Expectation]
    public init(id: InjectID, at: Minutes, to: RoleID, from: String, text: String, expectations: [Expectation]) {
        self.id = id
        self.at = at
        self.to = to
        self.from = from
        self.text = text
        self.expectations = expectations
    }
}

/// An action the participants are expected to take, assessed by the facilitator (HSEEP exercise evaluation guide).
public struct Expectation: Codable, Sendable, Equatable {
    public var id: ExpectationID
    public var text: String
    public var objective: ObjectiveID
    public init(id: ExpectationID, text: String, objective: ObjectiveID) {
        self.id = id
        self.text = text
        self.objective = objective
    }
}
