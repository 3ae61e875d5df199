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

    /// Releasing an inject before its time, skipping one and ENDEX cannot be taken back: «nei» is the default.
    @Test func irreversibleFacilitatorKeysAreConfirmedFirst() throws {
        let outage = try Outage().exercising()
        var model = outage.model(.exercise)
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
}
