import Foundation
import Testing

/// `beredskap report` on a journal with one restored outage.
@Suite struct ReportThroughCLITests {
    @Test func theReportCountsTheOutageAndTheMissingExercise() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede", "--at", "2026-01-10 02:00"]).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        try cli.ok(["phase", id, "håndteres"])
        try cli.ok(["control", id, "Oversikt", "--on-behalf-of", "Anne Bakvakt"])
        try cli.ok(["phase", id, "gjenopprettes"])
        try cli.ok(["phase", id, "ajourføres"])
        let report = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31"]).stdout
        #expect(report.contains("| Uplanlagte hendelser i perioden | 1 |"))
        #expect(report.contains("| Planlagt nedetid (rapporteres for seg) | 0 |"))
        #expect(report.contains("| 2026 K1 | 1 |"), "the quarter against the year before")
        let row = try #require(report.split(separator: "\n").first { $0.hasPrefix("| Elektronisk pasientjournal (EPJ) |") })
        #expect(row.hasPrefix("| Elektronisk pasientjournal (EPJ) | 1 |"), "one incident: \(row)")
        #expect(row.hasSuffix("| 1 | – |"), "over its max outage time: restored months after January; nothing planned: \(row)")
        #expect(report.contains("| 2026-01 | 1 |"))
        #expect(report.contains("Kravet er ikke oppfylt"), "no exercise journal in the period")
        let csv = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("\"system\",\"navn\",\"hendelser\""))
        #expect(csv.contains("\"epj\""))
        let text = cli.directory.appendingPathComponent("rapport.txt").path
        try cli.ok(["print", "report", "--from", "2026-01-01", "--to", "2030-12-31", "-o", text])
        let printed = try String(contentsOfFile: text, encoding: .utf8)
        #expect(printed.contains("Rapport til ledelsen"))
        #expect(printed.contains("Elektronisk pasientjournal (EPJ)"), "the same content as the Markdown")
        let pdf = cli.directory.appendingPathComponent("rapport.pdf").path
        try cli.ok(["print", "report", "--from", "2026-01-01", "--to", "2030-12-31", "--redacted", "-o", pdf])
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5) == Data("%PDF-".utf8))
        let redacted = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31", "--redacted"]).stdout
        #expect(!redacted.contains("Elektronisk pasientjournal"))
        #expect(redacted.contains("| System i klassen «"))
    }
}
