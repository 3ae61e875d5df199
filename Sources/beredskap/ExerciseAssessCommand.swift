import ArgumentParser
import BeredskapCore

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
        try options.execute(.assessExpectation(ExpectationID(expectation), rating, note: note))
    }
}
