@testable import BeredskapConsole
import Foundation
import Testing

/// The real backend on a headless ncurses screen (output to /dev/null): what ncurses holds must be the Grid.
/// ncurses is process-global, hence serialized and on the main actor.
@MainActor @Suite(.serialized) struct NCursesBackendTests {
    @Test func ncursesHoldsTheGridIncludingNorwegianLetters() throws {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        let backend = try #require(NCursesBackend(terminalType: "xterm-256color", outputDescriptor: null, inputDescriptor: null))
        defer { backend.stop() }
        for size in ScreenSnapshotTests.sizes {
            backend.resize(to: size)
            #expect(backend.size == size)
            var model = try Outage().model()
            model.message = ConsoleModel.Message(text: "Blåbærsyltetøy: ÆØÅ æøå", isError: false)
            let grid = ConsoleView.render(model, size: size)
            backend.draw(grid)
            for row in 0..<size.rows {
                let held = String((0..<size.columns).compactMap { column in
                    grid.rows[row][column].character == nil ? nil : backend.cell(row: row, column: column)?.character
                })
                #expect(held.trimmingTrailingBlanks == grid.lines[row], "row \(row) at \(size.columns)x\(size.rows)")
            }
            #expect(backend.cell(row: 0, column: 1)?.bold == true)
            #expect(grid.lines[size.rows - 3].contains("æøå"))
        }
    }

    @Test func closedInputEndsTheLoop() throws {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        let backend = try #require(NCursesBackend(terminalType: "xterm-256color", outputDescriptor: null, inputDescriptor: null))
        defer { backend.stop() }
        #expect(backend.nextEvent(waiting: 1000) == .endOfInput)
    }
}

extension String {
    var trimmingTrailingBlanks: String { String(reversed().drop { $0 == " " }.reversed()) }
}
