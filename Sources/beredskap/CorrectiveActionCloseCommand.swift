import ArgumentParser
import BeredskapCore

struct CorrectiveActionCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Lukk et tiltak med hva som er gjort.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Tiltakets id, f.eks. F2.", valueName: "TILTAK")) var action: String
    @Option(help: "Hva som er gjort.") var note: String

    func run() throws {
        try global.execute(.closeCorrectiveAction(CorrectiveActionID(action), note: note))
    }
}
