@testable import BeredskapConsole
import BeredskapCore
import Testing

/// Every screen as text at the smallest supported size and at a large one; styles are asserted separately.
@Suite(.serialized) struct ScreenSnapshotTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 43, columns: 132)]

    /// The overview in each phase of the outage: «Hva nå?» names what moves it on, each item with its key.
    @Test(arguments: [Phase.detected, .triaged, .responding, .restoring, .reEntry, .closed], sizes)
    func overviewInPhase(phase: Phase, size: Size) throws {
        let outage = phase <= .responding ? try Outage(through: phase) : try Outage().moved(to: phase)
        let grid = ConsoleView.render(outage.model(.overview), size: size)
        #expect(grid.lines[1].hasSuffix("fase: \(phase.word)"))
        #expect(grid.lines[6].hasPrefix(" ▶ "), "the first item is selected: Enter does it")
        let name = phase.word.replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "å", with: "a")
        try Snapshot.check(grid, "oversikt-\(name)")
    }

    @Test(arguments: sizes) func timeline(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().model(.timeline), size: size), "tidslinje")
    }

    @Test(arguments: sizes) func notifications(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().model(.notifications), size: size), "varsling")
    }

    @Test(arguments: sizes) func checklist(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().model(.checklist), size: size), "sjekkliste")
    }

    @Test(arguments: sizes) func tasks(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().furtherOn().model(.tasks), size: size), "oppgaver")
    }

    @Test(arguments: sizes) func paper(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().furtherOn().model(.paper), size: size), "papir")
    }

    @Test(arguments: sizes) func messages(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().furtherOn().model(.messages), size: size), "meldinger")
    }

    @Test(arguments: sizes) func deviations(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().furtherOn().model(.deviations), size: size), "avvik")
    }

    @Test(arguments: sizes) func breach(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().furtherOn().model(.breach), size: size), "personvern")
    }

    @Test(arguments: sizes) func exercise(size: Size) throws {
        try Snapshot.check(ConsoleView.render(try Outage().exercising().model(.exercise, operatorName: "leder"), size: size), "ovelse")
    }

    /// A participant's overview shows the released injects first.
    @Test func participantSeesTheInject() throws {
        try Snapshot.check(ConsoleView.render(try Outage().exercising().model(), size: Size(rows: 24, columns: 80)), "innspill")
    }

    /// The triage dialog with two systems marked: the register's blast radius, max outage and suggested level.
    @Test(arguments: sizes) func triage(size: Size) throws {
        var model = try Outage().model()
        _ = model.handle(.character("r"))
        _ = model.handle(.character(" "))
        _ = model.handle(.down)
        _ = model.handle(.character(" "))
        try Snapshot.check(ConsoleView.render(model, size: size), "vurdering")
    }

    @Test(arguments: sizes) func help(size: Size) throws {
        var model = try Outage().model()
        _ = model.handle(.character("?"))
        try Snapshot.check(ConsoleView.render(model, size: size), "hjelp")
    }

    @Test func logLineBeingTyped() throws {
        var model = try Outage().model()
        _ = model.handle(.character("l"))
        for character in "Sengepost 3B går over til papir" { _ = model.handle(.character(character)) }
        try Snapshot.check(ConsoleView.render(model, size: Size(rows: 24, columns: 80)), "logg")
    }

    @Test func tooSmall() throws {
        try Snapshot.check(ConsoleView.render(try Outage().model(), size: Size(rows: 20, columns: 60)), "for-liten")
        let grid = ConsoleView.render(try Outage().model(), size: Size(rows: 24, columns: 79))
        #expect(grid.lines[1] == "Terminalen er for liten (79x24).")
        #expect(grid.style(row: 0, column: 0) == Style(.bannerYellow, bold: true))
    }

    @Test func bannerHasTheLevelInColourAndInWordsAndSaysExercise() throws {
        let grid = ConsoleView.render(try Outage().model(), size: Size(rows: 24, columns: 80))
        #expect(grid.lines[0].hasPrefix(" BEREDSKAPSNIVÅ GUL   ØVELSE "))
        #expect((0..<80).filter { !grid.lines[0].isEmpty && $0 < 20 }.allSatisfy { grid.style(row: 0, column: $0) == Style(.bannerYellow, bold: true) })
        #expect(grid.style(row: 0, column: 79) == Style(.bannerYellow, bold: true))
        let exercise = try #require(grid.lines[0].range(of: "ØVELSE"))
        #expect(grid.style(row: 0, column: grid.lines[0].distance(from: grid.lines[0].startIndex, to: exercise.lowerBound)) == Style(.exercise, bold: true))
    }

    @Test func overdueLinesAreMarked() throws {
        let grid = ConsoleView.render(try Outage().moved(to: .restoring).model(), size: Size(rows: 24, columns: 80))
        let overdue = grid.lines.indices.filter { grid.lines[$0].hasPrefix("   ") && grid.lines[$0].dropFirst(9).hasPrefix("FORSINKET") }
        #expect(!overdue.isEmpty)
        for row in overdue {
            #expect(grid.style(row: row, column: 9) == Style(.overdue, bold: true))
            #expect(grid.style(row: row, column: 30) == Style(.overdue))
        }
        let critical = try #require(grid.lines.firstIndex { $0.dropFirst(9).hasPrefix("Kritisk steg") })
        #expect(grid.style(row: critical, column: 9) == Style(.critical, bold: true))
        #expect(grid.style(row: 6, column: 30) == Style(.selected), "the selected item is highlighted, whatever its urgency")
    }
}
