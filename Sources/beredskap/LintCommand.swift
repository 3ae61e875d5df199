import ArgumentParser
import BeredskapPlaybooks
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Kontroller Playbooks: alle feil på en gang, med fil:linje:kolonne og forslag til retting.",
        discussion: "Utgangskode 1 ved feil; advarsler (f.eks. kontakter som ikke er bekreftet) skrives, men gir 0.")

    @Argument(help: "Playbooks-mappen (standard: $BEREDSKAP_PLAYBOOKS eller ./Playbooks).") var directory: String?

    func run() throws {
        let directory = directory ?? PlaybookLocation.standard()
        let report = PlaybookLoader.load(directory: directory, now: Date())
        for diagnostic in report.diagnostics { print("\(directory)/\(diagnostic)") }
        let summary = "\(report.errors.count) feil, \(report.warnings.count) advarsler i \(directory)."
        guard report.errors.isEmpty else { throw CommandFailure(message: summary) }
        print(report.warnings.isEmpty ? "OK: ingen feil eller advarsler i \(directory)." : summary)
    }
}

/// Where the playbooks are when no option says: `$BEREDSKAP_PLAYBOOKS`, else `./Playbooks`.
enum PlaybookLocation {
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["BEREDSKAP_PLAYBOOKS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Playbooks"
    }
}
