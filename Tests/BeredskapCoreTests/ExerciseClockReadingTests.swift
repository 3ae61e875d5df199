import Foundation
import Testing
@testable import BeredskapCore

@Suite("Reading the exercise clock: T+mm and T+mm:ss, its status, and minutes to and past an inject")
struct ExerciseClockReadingTests {
    @Test("Whole minutes and seconds, rounded down and never before the start")
    func clockTime() {
        let time = ExerciseClockTime(elapsed: 750.9)
        #expect((time.minutes, time.seconds) == (12, 30))
        #expect(time.description == "T+12")
        #expect(time.withSeconds == "T+12:30")
        #expect(ExerciseClockTime(elapsed: 59.99).description == "T+0")
        #expect(ExerciseClockTime(elapsed: -5).withSeconds == "T+00:00")
        #expect(ExerciseClockTime(elapsed: 6_000).withSeconds == "T+100:00")
    }

    @Test("ENDEX outranks a pause; otherwise paused or running")
    func status() {
        #expect(ExerciseClock(elapsed: 0, isPaused: true, isEnded: true).status == .ended)
        #expect(ExerciseClock(elapsed: 0, isPaused: true, isEnded: false).status == .paused)
        #expect(ExerciseClock(elapsed: 0, isPaused: false, isEnded: false).status == .running)
    }

    @Test("Minutes until an inject round up, minutes past it round down, on the exercise clock")
    func injectMinutes() throws {
        var s = try Scenario.exercise()
        s.wait(minutes(10) + 30)
        let timeline = try #require(s.state.exercise).timeline(at: s.now)
        #expect(timeline.map(\.minutesUntilDue) == [0, 5, 20], "i2 at T+15 is 4 min 30 s away: say 5")
        #expect(timeline.map(\.minutesOverdue) == [10, 0, 0], "i1 at T+0 fell due 10 min 30 s ago")
    }
}
