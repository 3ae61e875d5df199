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
}
