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
}
