import ArgumentParser
import BeredskapCore
import BeredskapJournal
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
        discussion: "Som PDF eller tekst til skriver: `beredskap print report`.")

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

/// The period and edition of a management report, and how it is made from the journal: shared by `report`
/// and `print report`.
struct ReportPeriod: ParsableArguments {
    @Option(help: "Fra og med dato, ÅÅÅÅ-MM-DD.") var from: String
    @Option(help: "Til og med dato, ÅÅÅÅ-MM-DD.") var to: String
    @Flag(help: "Til tilsynsmyndigheter: systemene vises bare med kritikalitetsklasse, ikke navn.") var redacted = false

    func make(global: GlobalOptions, now: Date) throws -> (report: ManagementReport, document: PaperDocument, organisation: Organisation) {
        guard let start = TimeArgument.parse(from + " 00:00", now: now, timeZone: .current),
              let last = TimeArgument.parse(to + " 00:00", now: now, timeZone: .current), last >= start
        else { throw ValidationError("Perioden skrives --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD, med fra før til.") }
        let end = last.addingTimeInterval(86400)
        let store = try global.openStore(now: now)
        let organisation = store.state.organisation
        let full = ManagementReport(state: store.state, from: start, to: end, now: now)
        let report = redacted ? full.redacted(organisation: organisation) : full
        let years = max(1, Int((end.timeIntervalSince(start) / (Double(organisation.exerciseIntervalDays) * 86400)).rounded(.up)))
        let document = ManagementReportDocument.document(report, organisation: organisation,
                                                         exercises: exercises(in: global, from: start, to: end),
                                                         required: years, redacted: redacted)
        return (report, document, organisation)
    }

    /// Exercise journals in the journal directory whose header says they were created in the period.
    private func exercises(in global: GlobalOptions, from start: Date, to end: Date) -> Int {
        let folder = global.location.directory + "/ovelser"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.compactMap { try? JournalReader.read(path: folder + "/" + $0).header.created }
            .filter { $0 >= start && $0 < end }.count
    }
}

struct PrintReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rapporten til ledelsen (faktaark 12) som PDF eller tekst; --redacted for tilsynet.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: ReportPeriod
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let made = try period.make(global: global, now: now)
        try options.deliver(made.document, organisation: made.organisation, exercise: global.exercise != nil, now: now)
    }
}
