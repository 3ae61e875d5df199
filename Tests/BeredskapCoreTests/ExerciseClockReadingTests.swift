import Foundation
import Testing
@testable import BeredskapCore

@Suite("Reading the exercise clock: T+mm with the scenario's time of day, its status, and minutes to and past an inject")
struct ExerciseClockReadingTests {
    @Test("Whole minutes, rounded down and never before the start")
    func clockTime() {
        let time = ExerciseClockTime(elapsed: 750.9)
        #expect(time.minutes == 12)
        #expect(time.description == "T+12")
        #expect(ExerciseClockTime(elapsed: 59.99).description == "T+0")
        #expect(ExerciseClockTime(elapsed: -5).description == "T+0")
        #expect(ExerciseClockTime(elapsed: 6_000).description == "T+100")
    }

    @Test("A scenario with a start time shows its own time of day beside T+mm, round midnight")
    func scenarioTimeOfDay() throws {
        var scenario = drill
        scenario.startTime = try #require(TimeOfDay("01:50"))
        #expect(scenario.clockTime(20 * 60 + 59).description == "T+20 (02.10 i scenariet)")
        #expect(scenario.clockTime(20 * 60).short == "T+20")
        #expect(drill.clockTime(20 * 60).description == "T+20", "no start time: T+mm alone")
        scenario.startTime = try #require(TimeOfDay("23:50"))
        #expect(scenario.clockTime(25 * 60).description == "T+25 (00.15 i scenariet)")
    }

    @Test("At tempo 2 a two-hour scenario's last inject falls due after one hour of wall time, and the clock shows scenario time")
    func tempo() throws {
        var scenario = drill
        scenario.duration = .hours(2)
        scenario.injects.append(Inject(id: "i9", at: .hours(2), to: "ikt-vakt", from: "Fasilitator", text: "Siste innspill.", expectations: []))
        var s = Scenario()
        s.state = State(isExercise: true)
        let tempo = try #require(ExerciseTempo(2))
        try s.run(.startExercise(scenario, tempo: tempo))
        let started = s.now
        let exercise = try #require(s.state.exercise)
        #expect(exercise.tempo == tempo)
        #expect(exercise.plannedWallTime == 3_600)
        let before = exercise.timeline(at: started.addingTimeInterval(3_599))
        #expect(before.last?.progress == .scheduled)
        #expect(before.last?.expectedAt == started.addingTimeInterval(3_600), "expected by the wall clock at half its T+mm")
        #expect(exercise.timeline(at: started.addingTimeInterval(3_600)).last?.progress == .due)
        // After ENDEX an inject never released is not due any more: it was never played.
        s.now = started.addingTimeInterval(3_700)
        try s.run(.endExercise(note: nil))
        let ended = try #require(s.state.exercise).timeline(at: s.now)
        #expect(ended.last?.progress == .unplayed && !ended.contains { $0.progress == .due })
        #expect(exercise.clockTime(at: started.addingTimeInterval(30 * 60)).description == "T+60")
    }

    @Test("A tempo outside 0,5–10 is no tempo; tempos are written with a decimal comma")
    func tempoValues() throws {
        #expect(ExerciseTempo(0) == nil)
        #expect(ExerciseTempo(text: "11") == nil)
        #expect(ExerciseTempo(text: "abc") == nil)
        #expect(ExerciseTempo(text: "1,5")?.description == "1,5")
        #expect(ExerciseTempo(text: "2.25")?.description == "2,25")
        #expect(ExerciseTempo(text: "2")?.description == "2")
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
