@testable import BeredskapConsole
import BeredskapCore
import Testing

/// The one key table drives the footer and the help overlay.
@Suite(.serialized) struct KeyBindingTests {
    @Test func everyBindingIsInTheHelp() throws {
        var model = try Outage().model()
        _ = model.handle(.character("?"))
        let help = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        for binding in KeyBindings.all {
            #expect(help.contains("\(binding.keyLabel.padding(toLength: 6, withPad: " ", startingAt: 0))\(binding.label)"),
                    "\(binding.keyLabel) \(binding.label) is missing from the help")
        }
    }

    /// The footer shows the table's hints for the screen in order, its own keys first, as many as fit.
    @Test(arguments: ScreenID.allCases) func footerShowsTheScreensOwnKeysFirst(screen: ScreenID) throws {
        let footer = try #require(ConsoleView.render(try Outage().model(screen), size: Size(rows: 24, columns: 80)).lines.last)
        let hints = KeyBindings.footer(for: screen).map { "\($0.keyLabel) \($0.label)" }
        let shown = hints.prefix { footer.contains($0) }
        #expect(" " + shown.joined(separator: "  ") == footer)
        #expect(shown.count > KeyBindings.all.filter { $0.screens == [screen] }.count)
        #expect(!KeyBindings.footer(for: .overview).contains { $0.action == .recordCall(.reached) })
        #expect(KeyBindings.footer(for: .notifications).first?.action == .recordCall(.reached))
    }

    @Test func keysOnlyWorkWhereTheTableSays() {
        #expect(KeyBindings.binding(for: .character("1"), on: .overview) == nil)
        #expect(KeyBindings.binding(for: .character("1"), on: .notifications)?.action == .recordCall(.reached))
        #expect(KeyBindings.binding(for: .character("l"), on: .timeline)?.action == .writeLog)
    }
}
