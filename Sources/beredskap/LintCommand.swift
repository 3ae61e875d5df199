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

    @Argument(help: "Playbooks-mappen (standard: $BEREDSKAP_PLAYBOOKS eller ./Playbooks).") var directory: String?
    @Option(help: ArgumentHelp("Journalmappen som viser når prosedyrene sist ble testet.", valueName: "MAPPE"))
    var journal: String?

    func run() throws {
        let directory = directory ?? PlaybookLocation.standard()
        let now = Date()
        let report = PlaybookLoader.load(directory: directory, now: now)
        for diagnostic in report.diagnostics { print("\(directory)/\(diagnostic)") }
        let untested = report.organisation.map { untestedProcedures($0, now: now) } ?? []
        // The summary goes where the diagnostics go (standard output); errors still give exit status 1.
        let warnings = Count.phrase(report.warnings.count + untested.count, "advarsel", "advarsler")
        let clean = report.errors.isEmpty && report.warnings.isEmpty && untested.isEmpty
        print(clean ? "OK: ingen feil eller advarsler i \(directory)." : "\(report.errors.count) feil, \(warnings) i \(directory).")
        guard report.errors.isEmpty else { throw ExitCode(1) }
    }

    /// Yearly test tracking (Normen 5.9, factsheet 3b): a warning per procedure not exercised or used within the
    /// organisation's interval, judged from the journals in the journal directory.
    private func untestedProcedures(_ organisation: Organisation, now: Date) -> [ProcedureTestStatus] {
        let location = journal.map { JournalLocation(directory: $0) } ?? .standard()
        guard FileManager.default.fileExists(atPath: location.directory) else {
            print("Merk: fant ingen journalmappe i \(location.directory), så årlig test av prosedyrene er ikke kontrollert (--journal MAPPE).")
            return []
        }
        let statuses = ProcedureTesting.status(organisation, uses: JournalFolder.read(location, organisation: organisation).procedureUses, now: now)
        let tip = "(tips: øv den med et scenario i ovelser/ og evaluer øvelsen etter ENDEX, eller registrer en funksjonstest med `beredskap test record`)"
        for status in statuses where status.isDue {
            print("\(location.directory): advarsel: \(status.warning(intervalDays: organisation.exerciseIntervalDays)) \(tip)")
        }
        // The plan's months: a test planned for a month that is over, and not done this year, is due now.
        for status in statuses where !status.overdue.isEmpty {
            print("testplan.yaml: advarsel: prosedyren «\(status.procedure)»: \(status.planText) \(tip)")
        }
        return statuses.filter { $0.isDue || !$0.overdue.isEmpty }
    }
}
