import ArgumentParser
import BeredskapCore

struct AvvikCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Lukk avviket med avsluttende vurdering; alle tiltak må være fullført eller forkastet.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @Option(help: "Avsluttende vurdering.") var assessment: String

    func run() throws {
        try global.execute(.closeDeviation(DeviationID(deviation), assessment: assessment))
    }
}
