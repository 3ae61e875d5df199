import ArgumentParser
import BeredskapCore
import BeredskapPlaybooks
import BeredskapStore
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Kontroller Playbooks: alle feil på en gang, med fil:linje:kolonne og forslag til retting.",
        discussion: "Utgangskode 1 ved feil; advarsler (f.eks. kontakter som ikke er bekreftet) skrives, men gir 0.")

    @Argument(help: "Playbooks-mappen (standard: som --playbooks, se `beredskap --help`).") var directory: String?
    @Option(help: ArgumentHelp("Journalmappen som viser når prosedyrene sist ble testet.", valueName: "MAPPE"))
    var journal: String?
    @Flag(help: "Skriv som JSON (for skript); utgangskoden er den samme.") var json = false

    func run() throws {
        let directory = directory ?? PlaybookLocation.standard()
        let now = Date()
        let report = PlaybookLoader.load(directory: directory, now: now)
        let untested = report.organisation.map { untestedProcedures($0, now: now) } ?? []
        if json {
            try JSONOutput.print(LintJSON(directory: directory, diagnostics: report.diagnostics, untested: untested.map(\.line)))
            guard report.errors.isEmpty else { throw ExitCode(1) }
            return
        }
        for diagnostic in report.diagnostics { print("\(directory)/\(diagnostic)") }
        untested.forEach { print($0.line) }
        // The summary goes where the diagnostics go (standard output); errors still give exit status 1.
        let warnings = Count.phrase(report.warnings.count + untested.count, "advarsel", "advarsler")
        let clean = report.errors.isEmpty && report.warnings.isEmpty && untested.isEmpty
        print(clean ? "OK: ingen feil eller advarsler i \(directory)." : "\(report.errors.count) feil, \(warnings) i \(directory).")
        guard report.errors.isEmpty else { throw ExitCode(1) }
    }

    /// Yearly test tracking (Normen 5.9, factsheet 3b): a warning per procedure not exercised or used within the
    /// organisation's interval, judged from the journals in the journal directory.
    private func untestedProcedures(_ organisation: Organisation, now: Date) -> [(status: ProcedureTestStatus, line: String)] {
        let location = journal.map { JournalLocation(directory: $0) } ?? .standard()
        guard FileManager.default.fileExists(atPath: location.directory) else {
            Terminal.error("Merk: fant ingen journalmappe i \(location.directory), så årlig test av prosedyrene er ikke kontrollert (--journal MAPPE).")
            return []
        }
        let statuses = ProcedureTesting.status(organisation, uses: JournalFolder.read(location, organisation: organisation).procedureUses, now: now)
        let tip = "(tips: øv den med et scenario i ovelser/ og evaluer øvelsen etter ENDEX, eller registrer en funksjonstest med `beredskap test record`)"
        let due = statuses.filter(\.isDue).map {
            ($0, "\(location.directory): advarsel: \($0.warning(intervalDays: organisation.exerciseIntervalDays)) \(tip)")
        }
        // The plan's months: a test planned for a month that is over, and not done this year, is due now.
        let planned = statuses.filter { !$0.overdue.isEmpty }.map {
            ($0, "testplan.yaml: advarsel: prosedyren «\($0.procedure)»: \($0.planText) \(tip)")
        }
        return due + planned
    }
}

/// `lint --json`: every diagnostic with its place, and the procedures due for their yearly test.
private struct LintJSON: Encodable {
    struct Item: Encodable {
        let severity: String
        let file: String
        let line: Int
        let column: Int
        let message: String
        let hint: String?
    }

    let directory: String
    let errors: Int
    let warnings: Int
    let diagnostics: [Item]
    let untestedProcedures: [String]

    init(directory: String, diagnostics: [Diagnostic], untested: [String]) {
        self.directory = directory
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.count - errors + untested.count
        self.diagnostics = diagnostics.map {
            Item(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column, message: $0.message, hint: $0.hint)
        }
        untestedProcedures = untested
    }
}
