@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Enter (i on Oppgaver) shows a line the list cuts whole, wrapped and inert; Esc closes it and nothing is written.
@Suite(.serialized) struct DetailDialogTests {
    static let long = "Sengepost 3B melder at papirkurvene fra beredskapsskapet er brukt opp, at nye er hentet fra 3A, "
        + "og at legemiddelrunden klokken fire går etter papirrutinen med dobbeltkontroll \u{1B}[2J av to sykepleiere"

    @Test func aLongTimelineLineIsShownWholeAndEscClosesIt() throws {
        let outage = try Outage()
        _ = try outage.store.execute(Command(by: "ola", .log(outage.incident, text: Self.long)), now: Outage.now)
        var model = outage.model(.timeline)
        let size = Size(rows: 24, columns: 80)
        let cut = ConsoleView.render(model, size: size).lines.joined(separator: "\n")
        #expect(!cut.contains("dobbeltkontroll"))
        _ = model.handle(.enter)
        let lines = ConsoleView.render(model, size: size).lines
        let shown = lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(lines.contains { $0.contains("Linje nr. \(outage.store.state.lastSeq)") })
        #expect(shown.contains("legemiddelrunden klokken fire går etter papirrutinen med dobbeltkontroll"))
        #expect(shown.contains("av to sykepleiere"))
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
        #expect(lines.last?.contains("Enter eller Esc lukker") == true)
        let before = outage.store.state.lastSeq
        _ = model.handle(.escape)
        #expect(model.dialog == nil)
        #expect(outage.store.state.lastSeq == before)
    }

    @Test func aNotificationShowsEveryAttemptWithItsNote() throws {
        let outage = try Outage()
        var model = outage.model(.notifications)
        _ = try outage.store.execute(Command(by: "kari", .recordCall(outage.incident, "V2", outcome: .leftMessage, number: nil,
                                                                      note: Self.long)), now: Outage.now)
        model.sync(with: outage.store)
        let shown = try #require(model.incident)
        let row = try #require(NotificationList.rows(shown).firstIndex { $0.id == "V2" })
        model.notifications.move(by: row - model.notifications.selected(in: try #require(model.incident)), in: try #require(model.incident))
        _ = model.handle(.enter)
        guard case .reading(let text)? = model.dialog?.question.kind else {
            Issue.record("no detail shown")
            return
        }
        #expect(text.contains("03:40 beskjed lagt igjen (kari): " + Self.long))
    }

    /// The facilitator's `i` reads an inject whole; `u` the pause reasons, observations tied to no inject and the hot
    /// wash with every question of the scenario and the answers so far; a deadline a day away shows its date.
    @Test func theFacilitatorReadsAnInjectWholeAndTheNotes() throws {
        let outage = try Outage().exercising()
        func run(_ action: Action, after minutes: Double = 0) throws {
            _ = try outage.store.execute(Command(by: "leder", action), now: Outage.now.addingTimeInterval(minutes * 60))
        }
        try run(.pauseExercise(reason: "Spørsmål fra salen"))
        try run(.resumeExercise)
        try run(.observe(text: "Ingen visste hvor stengeventilen var", inject: nil))
        try run(.endExercise(note: nil))
        try run(.noteHotWash(nil, .answer, text: "Tjue minutter", question: 1))
        try run(.evaluateExercise(lessons: ["Ventilen må merkes"], actions: [
            CorrectiveAction(text: "Merk stengeventilen", owner: "Driftssjef", due: Outage.now.addingTimeInterval(3 * 86_400)),
        ]))
        var model = outage.model(.exercise, operatorName: "leder")
        let size = Size(rows: 24, columns: 80)
        #expect(ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines[5].contains("3 notater (u)"),
                "a pause, a loose observation, an answer")
        _ = model.handle(.character("i"))
        var shown = ConsoleView.render(model, size: size).lines.joined(separator: " ")
        #expect(shown.contains("Innspill i1"))
        #expect(shown.contains("Temperaturen i rommet er normal."))
        #expect(shown.contains("Sluppet T+1"))
        _ = model.handle(.escape)
        _ = model.handle(.character("u"))
        shown = ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines.joined(separator: "\n")
        #expect(shown.contains("T+12, 03:40–03:40: Spørsmål fra salen"), "the pause at its exercise time, with its reason")
        #expect(shown.contains(": Ingen visste hvor stengeventilen var"), "an observation tied to no inject")
        #expect(shown.contains("1. Hvor lang tid gikk det fra alarmen til vannet var stengt"))
        #expect(shown.contains("– Tjue minutter"), "the answer under its question")
        #expect(shown.contains("ikke besvart ennå"), "the questions not answered yet are there too")
        #expect(shown.contains("Ventilen må merkes"))
        #expect(shown.contains("F1 Merk stengeventilen (Driftssjef, frist "), "\(shown)")
        let due = model.deadline(Outage.now.addingTimeInterval(3 * 86_400))
        #expect(due.contains("."), "a deadline days away has its date: \(due)")
        #expect(shown.contains("frist \(due)"))
        let before = outage.store.state.lastSeq
        _ = model.handle(.escape)
        #expect(model.dialog == nil && outage.store.state.lastSeq == before, "reading writes nothing")
    }
}
