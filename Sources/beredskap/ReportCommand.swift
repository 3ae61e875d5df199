import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, csv
    /// The avvik and their measures, one row per measure.
    case avvikCSV = "avvik-csv"
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rapport til ledelsen for en periode: avbrudd per system mot maksimal avbruddstid, mediantider, "
            + "utvikling per måned, avvik (gjentatte, risiko) og tiltak (kostnad, godkjenning), øvelser mot årskravet.",
        discussion: """
            Som PDF eller tekst til skriver: `beredskap print report`.
            Eksempel: beredskap report --from 2026-01-01 --to 2026-12-31 --format csv
            Avvikene med tiltak: --format avvik-csv
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: ReportPeriod
    @Option(help: "md, csv (avbrudd per system) eller avvik-csv (avvik med system, årsak, risiko og tiltak med kostnad og godkjenning).")
    var format: ReportFormat = .md
    @Flag(help: "Skriv som JSON (for skript): rapportens tall, med systemene skjult når --redacted er gitt.") var json = false

    func run() throws {
        let made = try period.make(global: global, now: Date())
        if json { return try JSONOutput.print(made.report) }
        switch format {
        case .md: print(MarkdownRenderer.render(made.document), terminator: "")
        case .csv: print(ManagementReportCSV.render(made.report))
        case .avvikCSV: print(ManagementReportCSV.deviations(made.report, timeZone: made.organisation.timeZone))
        }
    }
}
