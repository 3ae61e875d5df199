import ArgumentParser
import BeredskapCore

struct ExercisePauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Stopp øvelsesklokken (diskusjon, pause); innspill forfaller bare mens den går.")

    @OptionGroup var options: ExerciseOptions
    @Option(help: "Hvorfor klokken stoppes.") var reason: String?

    func run() throws {
        try options.execute(.pauseExercise(reason: reason))
    }
}
