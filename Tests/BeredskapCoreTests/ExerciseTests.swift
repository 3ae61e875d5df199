import Foundation
import Testing
@testable import BeredskapCore

@Suite("Exercise: started only in an exercise journal, injects on a clock that respects pauses (factsheet 3c)")
struct ExerciseTests {
    @Test("Every exercise command is refused in a real journal, and nothing is recorded")
    func refusedInRealJournal() {
        let s = Scenario()
        let actions: [Action] = [
            .startExercise(drill), .releaseInject("i1"), .skipInject("i1", reason: "x"), .pauseExercise(reason: nil),
            .resumeExercise, .assessExpectation("f1", .met, note: nil), .observe(text: "x", inject: nil),
            .endExercise(note: nil), .evaluateExercise(lessons: ["x"], actions: []), .noteHotWash(nil, .strength, text: "x"),
        ]
        for action in actions {
            #expect(s.refusal(action) == .notAnExercise, "\(action)")
        }
        #expect(s.state.exercise == nil)
    }

    @Test("An exercise journal starts one exercise; commands before the start are refused")
    func startsOnce() throws {
        var s = try Scenario.exercise(started: false)
        #expect(s.refusal(.releaseInject("i1")) == .noExercise)
        let events = try s.run(.startExercise(drill))
        #expect(events.map(\.body.type) == ["exercise.started"])
        let exercise = try #require(s.state.exercise)
        #expect(exercise.startedAt == night)
        #expect(exercise.scenario.injects.map(\.id) == ["i1", "i2", "i3"], "injects in clock order")
        #expect(s.refusal(.startExercise(drill)) == .exerciseAlreadyStarted("EPJ nede om natten"))
        var empty = drill
        empty.injects = []
        var fresh = try Scenario.exercise(started: false)
        #expect(fresh.refusal(.startExercise(empty)) == .scenarioWithoutInjects("epj-natt"))
        try fresh.run(.log(nil, text: "Incident work needs no started exercise"))
    }

    @Test("The exercise clock leaves out pauses; injects fall due on it and wait for the facilitator")
    func clockAndTimeline() throws {
        var s = try Scenario.exercise()
        s.wait(minutes(10))
        try s.run(.pauseExercise(reason: "Diskusjon om nivå"))
        #expect(s.refusal(.pauseExercise(reason: nil)) == .exerciseAlreadyPaused)
        s.wait(minutes(5))
        var exercise = try #require(s.state.exercise)
        #expect(exercise.clock(at: s.now) == ExerciseClock(elapsed: minutes(10), isPaused: true, isEnded: false))
        #expect(exercise.timeline(at: s.now).allSatisfy { $0.expectedAt == nil }, "no wall-clock time while paused")
        try s.run(.resumeExercise)
        #expect(s.refusal(.resumeExercise) == .exerciseNotPaused)
        s.wait(minutes(7))
        exercise = try #require(s.state.exercise)
        #expect(exercise.clock(at: s.now).elapsed == minutes(17))
        let timeline = exercise.timeline(at: s.now)
        #expect(timeline.map(\.progress) == [.due, .due, .scheduled])
        #expect(timeline[2].dueIn == minutes(13))
        #expect(timeline[2].expectedAt == s.now + minutes(13))
        #expect(timeline[1].dueIn == minutes(-2))
    }

    @Test("Released injects reach their role with the clock time; an inject is released or skipped once")
    func releaseAndSkip() throws {
        var s = try Scenario.exercise()
        s.operatorName = "Fasilitator"
        // Only the facilitator who started the exercise steers it (the Scenario's operator, Kari Vakt, started it).
        #expect(s.refusal(.releaseInject("i1"), by: "Fasilitator") == .notTheFacilitator("Kari Vakt"))
        s.state = try Scenario.exercise(by: "Fasilitator").state
        try s.run(.releaseInject("i1"), by: "Fasilitator")
        #expect(s.refusal(.pauseExercise(reason: nil), by: "Deltaker") == .notTheFacilitator("Fasilitator"))
        #expect(s.refusal(.endExercise(note: nil), by: "Deltaker") == .notTheFacilitator("Fasilitator"))
        #expect(s.refusal(.observe(text: "x", inject: nil), by: "Deltaker") == .notTheFacilitator("Fasilitator"))
        s.wait(minutes(4))
        try s.run(.pauseExercise(reason: nil))
        s.wait(minutes(20))
        try s.run(.releaseInject("i2"), by: "Fasilitator")
        #expect(s.refusal(.releaseInject("i2")) == .injectSettled("i2", released: true))
        #expect(s.refusal(.skipInject("i3", reason: " ")) == .emptyText(field: "begrunnelse"))
        try s.run(.skipInject("i3", reason: "Spillerne ringte leverandøren selv"))
        #expect(s.refusal(.releaseInject("i3")) == .injectSettled("i3", released: false))
        #expect(s.refusal(.releaseInject("i9")) == .unknownInject("i9", known: ["i1", "i2", "i3"]))

        let exercise = try #require(s.state.exercise)
        #expect(exercise.released().map(\.inject.id) == ["i1", "i2"])
        #expect(exercise.released(to: "ikt-vakt").map(\.inject.id) == ["i1"])
        let late = try #require(exercise.released(to: "driftsleder").first)
        #expect(late.release.clock == minutes(4), "released early, during the pause, at T+4")
        #expect(late.release.by == "Fasilitator")
        #expect(exercise.timeline(at: s.now).map(\.progress).last == .skipped(reason: "Spillerne ringte leverandøren selv"))
    }

    @Test("Expectations are assessed met, partly or not met; less than met needs a note; the latest counts")
    func assessments() throws {
        var s = try Scenario.exercise()
        #expect(s.refusal(.assessExpectation("f2", .partly, note: nil)) == .assessmentNeedsNote("f2", .partly))
        #expect(s.refusal(.assessExpectation("f9", .met, note: nil)) == .unknownExpectation("f9", known: ["f1", "f3", "f2"]))
        try s.run(.assessExpectation("f1", .met, note: nil))
        try s.run(.assessExpectation("f3", .notMet, note: "Ringte bare driftsleverandøren"))
        try s.run(.assessExpectation("f3", .partly, note: "Varslet etter 25 min, etter påminnelse"))
        try s.run(.observe(text: "Nødpermen stod i feil skap", inject: "i1"))
        #expect(s.refusal(.observe(text: "x", inject: "i7")) == .unknownInject("i7", known: ["i1", "i2", "i3"]))

        let exercise = try #require(s.state.exercise)
        #expect(exercise.expectationResults.map(\.assessment?.rating) == [.met, .partly, nil])
        let objectives = exercise.objectiveResults
        #expect(objectives.map(\.rating) == [.partly, nil], "the weakest assessed expectation rates the objective")
        #expect(objectives.map(\.unassessed) == [0, 1])
        #expect(exercise.observations.map(\.inject) == ["i1"])
    }

    @Test("ENDEX stops the clock and play; the hot wash and the evaluation come after it")
    func endexHotWashAndEvaluation() throws {
        var s = try Scenario.exercise()
        #expect(s.refusal(.noteHotWash(nil, .strength, text: "x")) == .exerciseNotEnded)
        #expect(s.refusal(.evaluateExercise(lessons: ["x"], actions: [])) == .exerciseNotEnded)
        s.wait(minutes(50))
        try s.run(.endExercise(note: "Tiden er ute"))
        s.wait(minutes(30))
        let exercise = try #require(s.state.exercise)
        #expect(exercise.clock(at: s.now).elapsed == minutes(50))
        #expect(s.refusal(.releaseInject("i3")) == .exerciseEnded)
        #expect(s.refusal(.pauseExercise(reason: nil)) == .exerciseEnded)
        #expect(s.refusal(.endExercise(note: nil)) == .exerciseEnded)
        try s.run(.assessExpectation("f2", .met, note: nil))

        try s.run(.noteHotWash(nil, .strength, text: "Rask overgang til papir"))
        try s.run(.noteHotWash(nil, .improvement, text: "Ringelisten var utdatert"))
        #expect(s.state.hotWash.map(\.kind) == [.strength, .improvement])
        #expect(s.refusal(.evaluateExercise(lessons: [], actions: [])) == .noLessons)
        let due = night + hours(24 * 30)
        let events = try s.run(.evaluateExercise(lessons: ["Ringelisten må eies av noen"], actions: [
            CorrectiveAction(text: "Oppdater ringelisten", owner: "Beredskapskoordinator", due: due),
            CorrectiveAction(text: "Flytt nødpermen", owner: "Driftsleder", due: due),
        ]))
        guard case .exerciseEvaluated(let evaluated) = events.first?.body else { Issue.record("no evaluation"); return }
        #expect(evaluated.actions.map(\.id) == ["F1", "F2"], "ids are in the journal")
        #expect(s.state.openCorrectiveActions.map(\.id) == ["F1", "F2"])
        #expect(s.state.improvementPlan.allSatisfy { $0.incident == nil })
        #expect(s.refusal(.evaluateExercise(lessons: ["x"], actions: [])) == .exerciseAlreadyEvaluated)
    }

    @Test("Contacts have no real phone number in an exercise")
    func noRealContacts() {
        let contact = Contact(id: "helsecert", name: "HelseCERT", organisation: "Norsk helsenett", role: "CERT", external: true,
                              phones: ["+47 000 00 000"], verified: night)
        let organisation = Organisation(name: "Fjordvik", contacts: [contact])
        #expect(organisation.withoutRealContacts.contacts[0].phones == [Organisation.exercisePhone])
        #expect(organisation.withoutRealContacts.contacts[0].name == "HelseCERT", "who to call is still practised")
    }
}
