import ArgumentParser
import BeredskapPlaybooks
import Foundation

struct ExerciseMSELExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriv scenariets innspill som CSV (til standard ut, eller til --out FIL).",
        discussion: "Eksempel: beredskap exercise msel export skadevare-natt --out skadevare-natt.csv")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Scenariets id, f.eks. skadevare-natt.", valueName: "SCENARIO")) var scenario: String
    @Option(help: ArgumentHelp("Filen som skrives.", valueName: "FIL")) var out: String?

    func run() throws {
        let organisation = try global.organisation(now: Date())
        let csv = MSELExport.csv(try ScenarioArgument.find(scenario, in: organisation))
        guard let out else {
            print(csv, terminator: "")
            return
        }
        do {
            try Data(csv.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure(message: "Kunne ikke skrive \(out): \(error.localizedDescription)")
        }
        print("Skrev \(out).")
    }
}
