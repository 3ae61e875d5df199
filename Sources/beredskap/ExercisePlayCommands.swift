import ArgumentParser
import BeredskapCore
import Foundation

extension ExpectationRating: ExpressibleByArgument {}

struct ExerciseReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Gi ut et innspill nå; deltakernes konsoll viser det fra nå av.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: ArgumentHelp("Innspillets id, f.eks. i3.", valueName: "INNSPILL")) var inject: String

    func run() throws {
        let id = InjectID(inject)
        if let released = try options.global.executing(.releaseInject(id)).store.state.exercise?.scenario.inject(id) {
            print("Til \(released.to) fra \(InertText.make(released.from)): \(InertText.make(released.text))")
        }
    }
}

struct ExerciseSkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Hopp over et innspill, med begrunnelse.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: ArgumentHelp("Innspillets id.", valueName: "INNSPILL")) var inject: String
    @Option(help: "Hvorfor det hoppes over.") var reason: String

    func run() throws {
        try options.global.execute(.skipInject(InjectID(inject), reason: reason))
    }
}

struct ExercisePauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Stopp øvelsesklokken (diskusjon, pause); innspill forfaller bare mens den går.")

    @OptionGroup var options: ExerciseOptions
    @Option(help: "Hvorfor klokken stoppes.") var reason: String?

    func run() throws {
        try options.global.execute(.pauseExercise(reason: reason))
    }
}

struct ExerciseResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Start øvelsesklokken igjen.")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        try options.global.execute(.resumeExercise)
    }
}

struct ExerciseAssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Vurder en forventet handling: oppfylt, delvis eller ikke-oppfylt (en ny vurdering erstatter den forrige).",
        discussion: "delvis og ikke-oppfylt krever --note: hva manglet, og hva ble gjort i stedet.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: ArgumentHelp("Forventningens id, f.eks. f4.", valueName: "FORVENTNING")) var expectation: String
    @Argument(help: "oppfylt, delvis eller ikke-oppfylt.") var rating: ExpectationRating
    @Option(help: "Merknad.") var note: String?

    func run() throws {
        try options.global.execute(.assessExpectation(ExpectationID(expectation), rating, note: note))
    }
}

struct ExerciseObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "observe", abstract: "Før en observasjon fra øvelsen.")

    @OptionGroup var options: ExerciseOptions
    @Argument(help: "Hva som ble observert.") var text: String
    @Option(help: ArgumentHelp("Innspillet observasjonen gjelder.", valueName: "INNSPILL")) var inject: String?

    func run() throws {
        try options.global.execute(.observe(text: text, inject: inject.map(InjectID.init(rawValue:))))
    }
}

struct ExerciseEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "Avslutt øvelsen (ENDEX): klokken stopper; hot wash og evaluering følger.")

    @OptionGroup var options: ExerciseOptions
    @Option(help: "Merknad.") var note: String?

    func run() throws {
        try options.global.execute(.endExercise(note: note))
        print("Neste: hot wash med `beredskap hotwash styrke|forbedring TEKST --exercise \(options.global.exercise ?? "")`.")
    }
}

struct ExerciseEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluer øvelsen (faktaark 3d): læring og tiltak med ansvarlig og frist til forbedringsplanen.")

    @OptionGroup var options: ExerciseOptions
    @Option(name: .customLong("lesson"), help: "Læringspunkt (kan gjentas).") var lessons: [String] = []
    @Option(name: .customLong("action"), help: "Tiltak: «tekst;ansvarlig;ÅÅÅÅ-MM-DD» (kan gjentas).") var actions: [String] = []

    func run() throws {
        try options.global.execute(.evaluateExercise(lessons: lessons, actions: try actions.map(PhaseCommand.parseAction)))
    }
}
