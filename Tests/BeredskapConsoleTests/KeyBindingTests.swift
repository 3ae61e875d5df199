@testable import BeredskapConsole
import BeredskapCore
import Testing

/// The one key table drives the footer and the help overlay.
@Suite(.serialized) struct KeyBindingTests {
    @Test(arguments: ScreenID.allCases) func everyBindingIsInTheHelp(screen: ScreenID) throws {
        var model = try Outage().model(screen)
        _ = model.handle(.character("?"))
        let help = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        for binding in KeyBindings.all where binding.works(on: screen) {
            #expect(help.contains("\(binding.keyLabel.padding(toLength: 6, withPad: " ", startingAt: 0))\(binding.label)"),
                    "\(binding.keyLabel) \(binding.label) is missing from the help")
        }
    }

    /// The footer shows the table's hints for the screen in order, help and then its own keys first, as many as fit.
    @Test(arguments: ScreenID.allCases) func footerShowsTheScreensOwnKeysFirst(screen: ScreenID) throws {
        let footer = try #require(ConsoleView.render(try Outage().model(screen), size: Size(rows: 24, columns: 80)).lines.last)
        let hints = KeyBindings.footer(for: screen).map { "\($0.keyLabel) \($0.label)" }
        let shown = hints.prefix { footer.contains($0) }
        #expect(" " + shown.joined(separator: "  ") == footer)
        #expect(shown.first == "? Hjelp")
        #expect(shown.count >= 4)
        #expect(!KeyBindings.footer(for: .overview).contains { $0.action == .recordCall(.reached) })
        #expect(KeyBindings.footer(for: .notifications).dropFirst().first?.action == .recordCall(.reached))
    }

    @Test func keysOnlyWorkWhereTheTableSays() {
        #expect(KeyBindings.binding(for: .character("1"), on: .overview) == nil)
        #expect(KeyBindings.binding(for: .character("1"), on: .notifications)?.action == .recordCall(.reached))
        #expect(KeyBindings.binding(for: .character("l"), on: .timeline)?.action == .writeLog)
    }
}
