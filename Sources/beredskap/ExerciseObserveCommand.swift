import ArgumentParser
import BeredskapCore

struct ExerciseObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "observe", abstract: "Før en observasjon fra øvelsen.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: "Hva som ble observert.") var text: String
    @Option(help: ArgumentHelp("Innspillet observasjonen gjelder.", valueName: "INNSPILL")) var inject: String?

    func run() throws {
        try options.execute(.observe(text: text, inject: inject.map(InjectID.init(rawValue:))))
    }
}
