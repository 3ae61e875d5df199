import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, csv
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rapport til ledelsen for en periode: avbrudd per system mot maksimal avbruddstid, mediantider, "
            + "utvikling per måned, avvik og tiltak, øvelser mot årskravet.",
        discussion: """
            Som PDF eller tekst til skriver: `beredskap print report`.
            Eksempel: beredskap report --from 2026-01-01 --to 2026-12-31 --format csv
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: ReportPeriod
    @Option(help: "md eller csv.") var format: ReportFormat = .md

    func run() throws {
        let made = try period.make(global: global, now: Date())
        switch format {
        case .md: print(MarkdownRenderer.render(made.document), terminator: "")
        case .csv: print(ManagementReportCSV.render(made.report))
        }
    }
}
