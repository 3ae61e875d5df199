import ArgumentParser
import BeredskapCore

struct ExerciseEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "Avslutt øvelsen (ENDEX): klokken stopper; hot wash og evaluering følger.")

    @OptionGroup var options: ExerciseOptions
    @Option(help: "Merknad.") var note: String?

    func run() throws {
        try options.execute(.endExercise(note: note))
        print("Neste: hot wash med `beredskap hotwash styrke|forbedring TEKST --exercise \(options.global.exercise ?? "")`, "
            + "og svar på scenariets spørsmål med `beredskap hotwash svar TEKST --question NR` (`exercise injects` viser dem).")
    }
}
