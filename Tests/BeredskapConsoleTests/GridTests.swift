@testable import BeredskapConsole
import Testing

@Suite struct GridTests {
    @Test func norwegianLettersTakeOneColumn() {
        #expect(DisplayWidth.of("Blåbærsyltetøy ÆØÅ") == 18)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("日本") == 4)
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(DisplayWidth.truncate("Sengepost 3B går over til papir", to: 12) == "Sengepost 3…")
        #expect(DisplayWidth.truncate("kort", to: 12) == "kort")
        var grid = Grid(size: Size(rows: 2, columns: 10))
        let end = grid.put("Blåbærsyltetøy", row: 0, column: 2, style: Style(.critical))
        #expect(end == 10)
        #expect(grid.lines == ["  Blåbærs…", ""])
        #expect(grid.style(row: 0, column: 2) == Style(.critical))
        #expect(grid.style(row: 0, column: 1) == .normal)
    }

    @Test func wideCharactersLeaveAnEmptySecondColumn() {
        var grid = Grid(size: Size(rows: 1, columns: 6))
        grid.put("日x", row: 0, column: 0)
        #expect(grid.rows[0][1].character == nil)
        #expect(grid.lines == ["日x"])
    }
}
