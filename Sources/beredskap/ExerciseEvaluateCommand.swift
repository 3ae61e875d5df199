import ArgumentParser
import BeredskapCore

struct ExerciseEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluer øvelsen (faktaark 3d): læring og tiltak med ansvarlig og frist til forbedringsplanen.")

    @OptionGroup var options: ExerciseOptions
    @Option(name: .customLong("lesson"), help: "Læringspunkt (kan gjentas).") var lessons: [String] = []
    @Option(name: .customLong("action"), help: "Tiltak: «tekst;ansvarlig;ÅÅÅÅ-MM-DD» (kan gjentas).") var actions: [String] = []

    func run() throws {
        try options.global.execute(.evaluateExercise(lessons: lessons, actions: try actions.map(CorrectiveActionArgument.parse)))
    }
}
