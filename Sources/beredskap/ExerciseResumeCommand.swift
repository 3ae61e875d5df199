import ArgumentParser
import BeredskapCore

struct ExerciseResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Start øvelsesklokken igjen.")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        try options.execute(.resumeExercise)
    }
}
