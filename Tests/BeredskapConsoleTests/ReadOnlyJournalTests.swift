@testable import BeredskapConsole
import BeredskapCore
import BeredskapStore
import Foundation
import Testing

/// A journal damaged in the middle opens read-only: the header says so before anyone types, and a write is
/// refused in Norwegian with the dialog and its text kept, so nothing typed is lost.
@Suite(.serialized) struct ReadOnlyJournalTests {
    /// The outage's journal file with one byte changed in the line that raised the level to GUL.
    func damagedStore() throws -> IncidentStore {
        let outage = try Outage()
        let file = URL(fileURLWithPath: outage.store.path)
        var bytes = try Data(contentsOf: file)
        let line = try #require(bytes.firstRange(of: Data("EPJ nede på sengepostene".utf8)))
        bytes[line.lowerBound] = UInt8(ascii: "e")
        try bytes.write(to: file)
        let store = try IncidentStore.open(path: outage.store.path, operatorName: "kari", organisation: outage.store.state.organisation,
                                           now: Outage.now)
        let damaged = try #require(store.damage?.seq)
        #expect(damaged > 1 && damaged < outage.store.timeline.count, "the damage is in the middle, not in the last line")
        return store
    }

    @Test func theHeaderSaysReadOnlyAndAWriteKeepsTheDialog() throws {
        let store = try damagedStore()
        var model = ConsoleModel(store: store, now: Outage.now, operatorName: "kari")
        let size = Size(rows: 24, columns: 80)
        let opened = ConsoleView.render(model, size: size)
        let status = try #require(opened.lines[0].range(of: "Journal: skrivebeskyttet"))
        #expect(opened.style(row: 0, column: opened.lines[0].distance(from: opened.lines[0].startIndex, to: status.lowerBound))
                == Style(.error, bold: true))

        _ = model.handle(.character("l"))
        for character in "Sengepost 3B bruker papir" { _ = model.handle(.character(character)) }
        guard case .execute(let command) = model.handle(.enter) else {
            Issue.record("Enter did not try to write")
            return
        }
        let before = store.timeline.count
        do {
            _ = try store.execute(command, now: Outage.now)
            Issue.record("a damaged journal took a write")
        } catch {
            model.sync(with: store)
            model.fail(error)
        }
        #expect(store.timeline.count == before)
        #expect(model.dialog?.text == "Sengepost 3B bruker papir")
        #expect(model.journalStatus == .readOnly)
        let refused = ConsoleView.render(model, size: size)
        #expect(refused.lines[0].contains("Journal: skrivebeskyttet"))
        #expect(refused.lines[Layout(size: size).messageRow].contains("Journalen er skrivebeskyttet fordi den er skadet ved nr."))
        #expect(refused.lines[Layout(size: size).inputRow].contains("Sengepost 3B bruker papir"))
    }
}
