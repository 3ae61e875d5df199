import ArgumentParser
import BeredskapCore
import BeredskapRegion
import Foundation

struct RegionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Tallene til ledelsen (faktaark 12) for hvert sykehus og summen for regionen, fra de reelle journalene.",
        discussion: """
            Hvert sykehus' tall er de samme som dets egen `beredskap report` gir for perioden: regionen leser \
            linjene tilbake, kontrollerer hele kjeden og spiller dem av med samme kode. Medianer summeres ikke; \
            de står i hvert sykehus' egen rapport.
            Eksempel: beredskap region report --from 2026-01-01 --to 2026-12-31
            """)

    @OptionGroup var region: RegionConnectionArgument
    @OptionGroup var period: ReportPeriod
    @Option(help: ArgumentHelp("Playbooks-mappen journalene spilles av med (standard: $BEREDSKAP_PLAYBOOKS eller ./Playbooks).",
                               valueName: "MAPPE"))
    var playbooks: String?
    @Flag(help: "Skriv som JSON (for skript).") var json = false

    func run() throws {
        let now = Date()
        let organisation = try GlobalOptions.organisation(directory: playbooks ?? PlaybookLocation.standard(), now: now)
        let (start, end) = try period.period(in: .current)
        let report = try RegionReport.make(try region.connect(), organisation: organisation, from: start, to: end, now: now,
                                           redacted: period.redacted)
        if json {
            try JSONOutput.print(report)
        } else {
            print(report.text(timeZone: .current))
        }
    }
}
