import ArgumentParser
import BeredskapCore

struct ExerciseReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Gi ut et innspill nå; deltakernes konsoll viser det fra nå av.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: ArgumentHelp("Innspillets id, f.eks. i3.", valueName: "INNSPILL")) var inject: String

    func run() throws {
        let id = InjectID(inject)
        if let released = try options.execute(.releaseInject(id)).state.exercise?.scenario.inject(id) {
            print("Til \(released.to) fra \(InertText.make(released.from)): \(InertText.make(released.text))")
        }
    }
}
