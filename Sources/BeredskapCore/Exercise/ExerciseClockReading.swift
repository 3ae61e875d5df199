import Foundation

/// A time on the exercise clock as people say it: whole minutes and seconds since the start with pauses left out,
/// written `T+12` (as injects are planned) or `T+12:30`.
public struct ExerciseClockTime: Sendable, Equatable, CustomStringConvertible {
    public let minutes: Int
    public let seconds: Int

    /// Rounded down to the whole second; never before the start.
    public init(elapsed: TimeInterval) {
        let total = max(0, Int(elapsed.rounded(.down)))
        (minutes, seconds) = (total / 60, total % 60)
    }

    /// `T+12`.
    public var description: String { "T+\(minutes)" }

    /// `T+12:30`, minutes and seconds with two digits each.
    public var withSeconds: String { String(format: "T+%02d:%02d", minutes, seconds) }
}

extension ExerciseClock {
    /// Whether the exercise clock runs, stands still for a pause, or has stopped for good.
    public enum Status: Sendable, Equatable {
        case running, paused, ended
    }

    /// ENDEX outranks a pause that was never resumed.
    public var status: Status { isEnded ? .ended : isPaused ? .paused : .running }

    /// The time played so far.
    public var time: ExerciseClockTime { ExerciseClockTime(elapsed: elapsed) }
}

extension InjectStatus {
    /// Whole minutes of exercise-clock time since the inject fell due, rounded down; 0 before then.
    public var minutesOverdue: Int { max(0, Int((-dueIn / 60).rounded(.down))) }

    /// Whole minutes of exercise-clock time until the inject falls due, rounded up so the count never says
    /// "now" early; 0 once it is due.
    public var minutesUntilDue: Int { max(0, Int((dueIn / 60).rounded(.up))) }
}
