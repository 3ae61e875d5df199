@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// What every participant's console says of the exercise's clock: PAUSE and ENDEX in the header, and lines
/// written after ENDEX marked in the timeline (#18).
@Suite struct ExerciseParticipantTests {
    func header(_ model: ConsoleModel) -> String {
        ConsoleView.render(model, size: Size(rows: 24, columns: 100)).lines[0]
    }

    @Test func pauseAndENDEXAreShownAndLaterLinesMarked() throws {
        let outage = try Outage().exercising()
        #expect(header(outage.model()).contains(" ØVELSE "))
        _ = try outage.store.execute(Command(by: "leder", .pauseExercise(reason: "Spørsmål fra salen")), now: Outage.now)
        #expect(header(outage.model()).contains(" ØVELSE · PAUSE "))
        _ = try outage.store.execute(Command(by: "leder", .resumeExercise), now: Outage.now)
        _ = try outage.store.execute(Command(by: "leder", .endExercise(note: nil)), now: Outage.now)
        _ = try outage.store.execute(Command(by: "kari", .log(outage.incident, text: "Glemt å logge: sengepost 5 ringt")),
                                     now: Outage.now.addingTimeInterval(60))
        let model = outage.model(.timeline)
        #expect(header(model).contains(" ØVELSE · ENDEX "))
        let texts = model.timeline.lines.map { TimelineLine($0, in: model.state).text }
        #expect(texts.last?.hasPrefix("[etter ENDEX] Glemt å logge") == true, "\(texts.last ?? "")")
        #expect(texts.dropLast().allSatisfy { !$0.contains("etter ENDEX") }, "the lines before ENDEX are not marked")
    }

    /// A participant who holds a role sees the injects for it and those for roles nobody holds (read to the whole
    /// table), not those for someone else's role; the facilitator sees all (#18).
    @Test func aParticipantSeesTheInjectsForTheirRoleAndForTheTable() throws {
        let outage = try Outage().exercising()
        func facilitator(_ action: Action) throws { _ = try outage.store.execute(Command(by: "leder", action), now: Outage.now) }
        try facilitator(.assignRole("ikt-vakt", person: "Kari", handoverNote: nil))
        try facilitator(.assignRole("teknisk-ansvarlig", person: "Per", handoverNote: nil))
        try facilitator(.releaseInject("i2"))
        try facilitator(.releaseInject("i3"))
        func shown(_ name: OperatorName) -> [String] {
            let model = outage.model(.timeline, operatorName: name)
            let timeline = model.timeline.visible.compactMap { entry -> String? in
                guard case .injectReleased(let released)? = entry.event?.body else { return nil }
                return released.inject.rawValue
            }
            #expect(model.releasedInjects.map(\.inject.id.rawValue) == timeline, "the overview and the timeline agree")
            return timeline
        }
        #expect(shown("kari") == ["i1", "i2"], "ikt-vakt's own and byggdrift's (nobody holds it); not teknisk-ansvarlig's")
        #expect(shown("per") == ["i2", "i3"])
        #expect(shown("ola") == ["i1", "i2", "i3"], "someone who holds no role sees the table's whole picture")
        #expect(outage.model(.overview, operatorName: "leder").releasedInjects.count == 3)
        let overview = ConsoleView.render(outage.model(.overview, operatorName: "kari"), size: Size(rows: 30, columns: 120)).lines.joined(separator: "\n")
        #expect(!overview.contains("til Teknisk ansvarlig"), "not on kari's overview either")
    }

    /// Releasing an inject before its time, skipping one and ENDEX cannot be taken back: «nei» is the default.
    @Test func irreversibleFacilitatorKeysAreConfirmedFirst() throws {
        let outage = try Outage().exercising()
        var model = outage.model(.exercise, operatorName: "leder")
        for _ in 0..<10 where (try? model.selectedInject().1.progress) != .scheduled { _ = model.handle(.down) }
        let (_, scheduled) = try model.selectedInject()
        #expect(scheduled.progress == .scheduled)
        let id = scheduled.inject.id
        func released() -> Bool { outage.store.state.exercise?.releases[id] != nil }

        outage.press(.enter, &model)
        #expect(model.dialog?.title == "Slipp \(id) før tiden")
        outage.answer([""], &model)
        #expect(!released() && model.dialog == nil, "«nei» writes nothing")
        outage.press(.enter, &model)
        outage.answer(["ja"], &model)
        #expect(released())

        _ = model.handle(.character("d"))
        outage.answer(["", ""], &model)
        #expect(outage.store.state.exercise?.isEnded == false, "ENDEX needs «ja»")
        _ = model.handle(.character("d"))
        outage.answer(["", "ja"], &model)
        #expect(outage.store.state.exercise?.isEnded == true)
    }

    /// The facilitator's screen, assessments and observations are the facilitator's: a participant's console has
    /// no Øvelse tab, refuses `ø`, and leaves those lines out of its timeline (Core refuses their commands too).
    @Test func aParticipantSeesNeitherTheFacilitatorsScreenNorNotes() throws {
        let outage = try Outage().exercising()
        var participant = outage.model(.exercise)
        #expect(participant.isParticipant && participant.screen == .overview, "--facilitator does not open it for a participant")
        _ = participant.handle(.character("ø"))
        #expect(participant.screen == .overview)
        #expect(participant.message?.text == "Øvingslederens skjerm er bare for øvingslederen (leder).")
        let tabs = ConsoleView.render(participant, size: Size(rows: 43, columns: 132)).lines[3]
        #expect(!tabs.contains("Øvelse"), "\(tabs)")
        _ = participant.handle(.character("t"))
        let shown = participant.timeline.visible.compactMap(\.event?.body)
        #expect(!shown.contains { if case .expectationAssessed = $0 { true } else if case .observerNoted = $0 { true } else { false } })
        #expect(shown.contains { if case .injectReleased = $0 { true } else { false } }, "released injects are everyone's")

        let facilitator = outage.model(.exercise, operatorName: "leder")
        #expect(!facilitator.isParticipant && facilitator.screen == .exercise)
        #expect(facilitator.timeline.visible.contains { if case .observerNoted? = $0.event?.body { true } else { false } })
    }
}
