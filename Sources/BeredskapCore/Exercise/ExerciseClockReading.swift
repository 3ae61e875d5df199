import Foundation

/// A time on the exercise clock as people say it, the one format every screen and printout uses: whole minutes
/// of scenario time since the start with pauses left out, written `T+12` (as injects are planned), and where the
/// scenario says when it starts in its own world, that time of day beside it: `T+20 (02.10 i scenariet)`.
public struct ExerciseClockTime: Sendable, Equatable, CustomStringConvertible {
    public let minutes: Int
    /// The time of day in the scenario's world, when the scenario has a start time.
    public let scenarioTime: TimeOfDay?

    /// Rounded down to the whole minute; never before the start.
    public init(elapsed: TimeInterval, startTime: TimeOfDay? = nil) {
        minutes = max(0, Int((elapsed / 60).rounded(.down)))
        scenarioTime = startTime?.adding(seconds: TimeInterval(minutes * 60))
    }

    /// `T+20 (02.10 i scenariet)`, or `T+20`.
    public var description: String { scenarioTime.map { "\(short) (\(Self.dotted($0)) i scenariet)" } ?? short }

    /// `T+20` alone, for narrow columns that show the scenario time elsewhere.
    public var short: String { "T+\(minutes)" }

    /// `02.10`: the scenario's time of day, written with a dot so it is never taken for the wall clock (`02:10`).
    public static func dotted(_ time: TimeOfDay) -> String { String(format: "%02d.%02d", time.hour, time.minute) }
}

extension Exercise {
    /// The exercise clock at `now` as every screen shows it: `T+20 (02.10 i scenariet)`.
    public func clockTime(at now: Date) -> ExerciseClockTime { scenario.clockTime(clock(at: now).elapsed) }
}

extension ExerciseScenario {
    /// A time on this scenario's clock, with its own time of day where it has a start time.
    public func clockTime(_ elapsed: TimeInterval) -> ExerciseClockTime {
        ExerciseClockTime(elapsed: elapsed, startTime: startTime)
    }
}

extension ExerciseClock {
    /// Whether the exercise clock runs, stands still for a pause, or has stopped for good.
    public enum Status: Sendable, Equatable {
        case running, paused, ended
    }

    /// ENDEX outranks a pause that was never resumed.
    public var status: Status { isEnded ? .ended : isPaused ? .paused : .running }
}

extension InjectStatus {
    /// Whole minutes of exercise-clock time since the inject fell due, rounded down; 0 before then.
    public var minutesOverdue: Int { max(0, Int((-dueIn / 60).rounded(.down))) }

    /// Whole minutes of exercise-clock time until the inject falls due, rounded up so the count never says
    /// "now" early; 0 once it is due.
    public var minutesUntilDue: Int { max(0, Int((dueIn / 60).rounded(.up))) }
}
