import Foundation

/// A tabletop exercise as its journal tells it so far: the scenario, the exercise clock's pauses, what the
/// facilitator released or skipped, the assessments and the observers' notes. Built only by `evolve`.
public struct Exercise: Codable, Sendable, Equatable {
    /// When and by whom an inject was handed out, and where the exercise clock stood.
    public struct Release: Codable, Sendable, Equatable {
        public var at: Date
        /// The exercise clock at release: scenario time, pauses excluded.
        public var clock: TimeInterval
        public var by: OperatorName
    }

    /// A stretch of time the exercise clock stood still; `to` is nil while it still stands.
    public struct Pause: Codable, Sendable, Equatable {
        public var from: Date
        public var to: Date?
        public var reason: String?
    }

    /// The facilitator's latest assessment of one expectation.
    public struct Assessment: Codable, Sendable, Equatable {
        public var rating: ExpectationRating
        public var note: String?
        public var at: Date
        public var by: OperatorName
    }

    public struct Observation: Codable, Sendable, Equatable {
        public var text: String
        public var inject: InjectID?
        public var at: Date
        public var by: OperatorName
    }

    public var scenario: ExerciseScenario
    public var startedAt: Date
    public var startedBy: OperatorName
    /// How fast the scenario runs against the wall clock.
    public var tempo: ExerciseTempo
    public var pauses: [Pause] = []
    public var releases: [InjectID: Release] = [:]
    public var skips: [InjectID: String] = [:]
    public var assessments: [ExpectationID: Assessment] = [:]
    public var observations: [Observation] = []
    /// ENDEX.
    public var endedAt: Date?
    public var evaluation: ExerciseEvaluated?

    public init(scenario: ExerciseScenario, startedAt: Date, startedBy: OperatorName, tempo: ExerciseTempo = .realTime) {
        self.scenario = scenario
        self.startedAt = startedAt
        self.startedBy = startedBy
        self.tempo = tempo
    }

    /// How long the scenario's planned length takes by the wall clock at its tempo.
    public var plannedWallTime: TimeInterval { tempo.wall(scenario.duration.seconds) }

    public var isPaused: Bool { pauses.last.map { $0.to == nil } ?? false }
    public var isEnded: Bool { endedAt != nil }

    /// Whether the inject has been released or skipped (either settles it).
    public func isSettled(_ inject: InjectID) -> Bool { releases[inject] != nil || skips[inject] != nil }

    mutating func apply(_ body: EventBody, at: Date, by: OperatorName) {
        switch body {
        case .injectReleased(let p):
            guard !isSettled(p.inject) else { return }
            releases[p.inject] = Release(at: at, clock: clock(at: at).elapsed, by: by)
        case .injectSkipped(let p):
            guard !isSettled(p.inject) else { return }
            skips[p.inject] = p.reason
        case .exerciseClockPaused(let p):
            guard !isPaused else { return }
            pauses.append(Pause(from: at, reason: p.reason))
        case .exerciseClockResumed:
            guard isPaused else { return }
            pauses[pauses.count - 1].to = at
        case .expectationAssessed(let p):
            assessments[p.expectation] = Assessment(rating: p.rating, note: p.note, at: at, by: by)
        case .observerNoted(let p):
            observations.append(Observation(text: p.text, inject: p.inject, at: at, by: by))
        case .exerciseEnded:
            endedAt = endedAt ?? at
        case .exerciseEvaluated(let p):
            evaluation = p
        default:
            return
        }
    }
}
