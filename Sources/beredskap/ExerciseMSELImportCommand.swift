import ArgumentParser
import BeredskapCore
import BeredskapPlaybooks
import Foundation

struct ExerciseMSELImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bytt ut scenariets innspill med dem i en CSV-fil, etter samme kontroll som lint.",
        discussion: """
            Filen sjekkes først: kolonner, anførselstegn, ukjent rolle eller øvingsmål, ugyldig tid, tom tekst og \
            id-er brukt to ganger, hver med FIL:LINJE:KOLONNE. Er det en feil, skrives ingenting. Ellers byttes \
            listen «injects:» i scenariets fil i ovelser/ ut; resten av filen, kommentarer også, står som før \
            (kommentarer inne i den gamle listen forsvinner). Tid skrives T+20, 20 eller 1h30m; til er rollens id \
            eller navn.
            Eksempel: beredskap exercise msel import skadevare-natt.csv --scenario skadevare-natt
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("CSV-filen.", valueName: "FIL")) var file: String
    @Option(help: ArgumentHelp("Scenariet som får innspillene.", valueName: "SCENARIO")) var scenario: String

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        let chosen = try ScenarioArgument.find(scenario, in: organisation)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(message: "Kunne ikke lese \(file).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: "\(file) er ikke UTF-8. Lagre den som «CSV UTF-8 (kommadelt)» i Excel.")
        }
        let result = MSELImport.read(text, path: file, scenario: chosen, organisation: organisation)
        result.diagnostics.forEach { print($0.description) }
        guard let injects = result.injects else {
            print("\(Count.phrase(result.diagnostics.filter { $0.severity == .error }.count, "feil", "feil")) i \(file); ingenting er skrevet.")
            throw ExitCode(1)
        }
        let directory = global.playbooksDirectory
        switch ScenarioInjectsFile.replace(injectsOf: chosen.id, with: injects, playbooks: directory, now: now) {
        case .written(let path, let warnings):
            warnings.forEach { print("\(directory)/\($0)") }
            let expectations = injects.reduce(0) { $0 + $1.expectations.count }
            print("Skrev \(Count.phrase(injects.count, "innspill", "innspill")) med "
                + "\(Count.phrase(expectations, "forventet handling", "forventede handlinger")) til \(path).")
        case .refused(let message, let diagnostics):
            print(message)
            diagnostics.forEach { print("\(directory)/\($0)") }
            throw ExitCode(1)
        }
    }
}
