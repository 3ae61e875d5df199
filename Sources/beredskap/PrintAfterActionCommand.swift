import ArgumentParser
import BeredskapCore
import Foundation

struct PrintAfterActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "after-action", abstract: "Evalueringsrapporten for en hendelse eller øvelse som PDF eller tekst.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Hendelsen (utelates for øvelsen i --exercise).", valueName: "ID")) var incident: String?
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let made = try AfterActionSource.make(global: global, incident: incident, now: now)
        try options.deliver(made.document, organisation: made.organisation,
                            exercise: made.exercise, now: now, journal: global)
    }
}
