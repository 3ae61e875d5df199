import Foundation

/// The exercise clock at one moment: scenario time played so far (wall-clock time times the tempo), pauses
/// excluded, stopped for good at ENDEX.
public struct ExerciseClock: Sendable, Equatable {
    public var elapsed: TimeInterval
    public var isPaused: Bool
    public var isEnded: Bool
    /// Whether time is passing on the exercise clock.
    public var isRunning: Bool { !isPaused && !isEnded }
}

/// One inject on the facilitator's timeline.
public struct InjectStatus: Sendable, Equatable {
    public enum Progress: Sendable, Equatable {
        /// Its time on the exercise clock has not come.
        case scheduled
        /// Its time has come and it waits for the facilitator to release it.
        case due
        case released(Exercise.Release)
        case skipped(reason: String)
        /// The exercise ended (ENDEX) before it was released or skipped: it was never played.
        case unplayed
    }

    public var inject: Inject
    public var progress: Progress
    /// Exercise-clock time until the inject's T+mm; negative once it has passed.
    public var dueIn: TimeInterval
    /// When it will fall due by the wall clock (at the exercise's tempo), while it is scheduled and the exercise
    /// clock runs; nil otherwise.
    public var expectedAt: Date?
}

/// An inject as a participant sees it: what and from whom, and when it was handed out.
public struct ReleasedInject: Sendable, Equatable {
    public var inject: Inject
    public var release: Exercise.Release
}

/// An expectation with its inject, objective and the facilitator's latest assessment, if any.
public struct ExpectationResult: Sendable, Equatable {
    public var expectation: Expectation
    public var inject: Inject
    public var assessment: Exercise.Assessment?
}

/// An objective with its expectations' results. Its rating is the weakest assessed one.
public struct ObjectiveResult: Sendable, Equatable {
    public var objective: ExerciseObjective
    public var expectations: [ExpectationResult]
    /// nil until at least one expectation is assessed.
    public var rating: ExpectationRating? {
        let ratings = expectations.compactMap(\.assessment?.rating)
        return ExpectationRating.allCases.last { ratings.contains($0) }
    }
    public var unassessed: Int { expectations.filter { $0.assessment == nil }.count }
}

/// The pure queries the facilitator's and the participants' screens are drawn from. All take `now`, none read a clock.
extension Exercise {
    public func clock(at now: Date) -> ExerciseClock {
        let end = min(now, endedAt ?? now)
        let paused = pauses.reduce(0.0) { total, pause in
            let from = min(pause.from, end)
            return total + max(0, min(pause.to ?? end, end).timeIntervalSince(from))
        }
        let played = max(0, end.timeIntervalSince(startedAt) - paused)
        return ExerciseClock(elapsed: tempo.scenario(played), isPaused: isPaused, isEnded: isEnded)
    }

    /// Every inject in order of its time, with where it stands at `now`.
    public func timeline(at now: Date) -> [InjectStatus] {
        let clock = clock(at: now)
        return scenario.injects.map { inject in
            let dueIn = inject.at.seconds - clock.elapsed
            let progress: InjectStatus.Progress =
                if let release = releases[inject.id] { .released(release) }
                else if let reason = skips[inject.id] { .skipped(reason: reason) }
                else if isEnded { .unplayed }
                else if dueIn <= 0 { .due }
                else { .scheduled }
            let expectedAt = progress == .scheduled && clock.isRunning ? now.addingTimeInterval(tempo.wall(dueIn)) : nil
            return InjectStatus(inject: inject, progress: progress, dueIn: dueIn, expectedAt: expectedAt)
        }
    }

    /// The injects released so far, in the order they were released; only those to `role` when one is given.
    /// Whether a person at the table is shown an inject: the facilitator every one; a participant those for a role
    /// they hold, and those for a role nobody holds (the facilitator reads them to the whole table); someone who
    /// holds no role, every one.
    public func shows(_ inject: Inject, to name: String, roles: [RoleID: String]) -> Bool {
        if State.samePerson(name, startedBy.rawValue) { return true }
        let held = Set(roles.filter { State.samePerson($0.value, name) }.keys)
        return held.isEmpty || held.contains(inject.to) || roles[inject.to] == nil
    }

    /// The released injects a person at the table is shown (see ``shows(_:to:roles:)``), in release order.
    public func released(visibleTo name: String, roles: [RoleID: String]) -> [ReleasedInject] {
        released().filter { shows($0.inject, to: name, roles: roles) }
    }

    public func released(to role: RoleID? = nil) -> [ReleasedInject] {
        scenario.injects.compactMap { inject in
            guard role.map({ $0 == inject.to }) ?? true, let release = releases[inject.id] else { return nil }
            return ReleasedInject(inject: inject, release: release)
        }.sorted { $0.release.at < $1.release.at }
    }

    /// Every expectation in inject order, with its assessment.
    public var expectationResults: [ExpectationResult] {
        scenario.injects.flatMap { inject in
            inject.expectations.map { ExpectationResult(expectation: $0, inject: inject, assessment: assessments[$0.id]) }
        }
    }

    /// Every objective with the results of the expectations tied to it.
    public var objectiveResults: [ObjectiveResult] {
        let results = expectationResults
        return scenario.objectives.map { objective in
            ObjectiveResult(objective: objective, expectations: results.filter { $0.expectation.objective == objective.id })
        }
    }
}
