import ArgumentParser
import BeredskapCore

struct ExerciseSkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Hopp over et innspill, med begrunnelse.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: ArgumentHelp("Innspillets id.", valueName: "INNSPILL")) var inject: String
    @Option(help: "Hvorfor det hoppes over.") var reason: String

    func run() throws {
        try options.execute(.skipInject(InjectID(inject), reason: reason))
    }
}
