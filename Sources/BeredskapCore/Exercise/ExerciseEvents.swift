import Foundation

/// The exercise starts: the scenario as it was read, and the exercise clock starts at the event's time, at the
/// tempo chosen (absent in journals from before tempos, and for real time).
public struct ExerciseStarted: EventPayload {
    public static let type = "exercise.started"
    public var body: EventBody { .exerciseStarted(self) }
    public var scenario: ExerciseScenario
    public var tempo: ExerciseTempo?
    public init(scenario: ExerciseScenario, tempo: ExerciseTempo? = nil) {
        self.scenario = scenario
        self.tempo = tempo
    }
}

/// The facilitator hands an inject to its role; participants' consoles show it from now on.
public struct InjectReleased: EventPayload {
    public static let type = "exercise.inject-released"
    public var body: EventBody { .injectReleased(self) }
    public var inject: InjectID
    public init(inject: InjectID) { self.inject = inject }
}

/// The facilitator leaves an inject out, with the reason (time, the players already did it, ...).
public struct InjectSkipped: EventPayload {
    public static let type = "exercise.inject-skipped"
    public var body: EventBody { .injectSkipped(self) }
    public var inject: InjectID
    public var reason: String
    public init(inject: InjectID, reason: String) {
        self.inject = inject
        self.reason = reason
    }
}

/// The exercise clock stops (a discussion, a break); injects fall due only while it runs.
public struct ExerciseClockPaused: EventPayload {
    public static let type = "exercise.clock-paused"
    public var body: EventBody { .exerciseClockPaused(self) }
    public var reason: String?
    public init(reason: String? = nil) { self.reason = reason }
}

/// The exercise clock runs again.
public struct ExerciseClockResumed: EventPayload {
    public static let type = "exercise.clock-resumed"
    public var body: EventBody { .exerciseClockResumed(self) }
    public init() {}
}

/// How well an expected action was carried out (the three ratings of an exercise evaluation guide).
public enum ExpectationRating: String, Codable, Sendable, CaseIterable {
    case met = "oppfylt"
    case partly = "delvis"
    case notMet = "ikke-oppfylt"

    /// As a sentence says it.
    public var word: String {
        switch self {
        case .met: "oppfylt"
        case .partly: "delvis oppfylt"
        case .notMet: "ikke oppfylt"
        }
    }
}

/// The facilitator's assessment of an expectation. A later assessment of the same expectation replaces it.
public struct ExpectationAssessed: EventPayload {
    public static let type = "exercise.expectation-assessed"
    public var body: EventBody { .expectationAssessed(self) }
    public var expectation: ExpectationID
    public var rating: ExpectationRating
    public var note: String?
    public init(expectation: ExpectationID, rating: ExpectationRating, note: String?) {
        self.expectation = expectation
        self.rating = rating
        self.note = note
    }
}

/// What an observer saw, optionally about one inject.
public struct ObserverNoted: EventPayload {
    public static let type = "exercise.observer-noted"
    public var body: EventBody { .observerNoted(self) }
    public var text: String
    public var inject: InjectID?
    public init(text: String, inject: InjectID? = nil) {
        self.text = text
        self.inject = inject
    }
}

/// ENDEX: play stops, the clock stops for good; the hot wash and the evaluation follow.
public struct ExerciseEnded: EventPayload {
    public static let type = "exercise.ended"
    public var body: EventBody { .exerciseEnded(self) }
    public var note: String?
    public init(note: String? = nil) { self.note = note }
}

/// The exercise's evaluation (factsheet 3d): lessons and corrective actions, as an incident's evaluation has.
public struct ExerciseEvaluated: EventPayload {
    public static let type = "exercise.evaluated"
    public var body: EventBody { .exerciseEvaluated(self) }
    public var lessons: [String]
    public var actions: [CorrectiveAction]
    public init(lessons: [String], actions: [CorrectiveAction]) {
        self.lessons = lessons
        self.actions = actions
    }
}
