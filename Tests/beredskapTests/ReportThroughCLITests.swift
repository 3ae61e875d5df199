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
        let json = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31", "--json"]).stdout
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(figures["incidents"] as? Int == 1 && figures["plannedOutages"] as? Int == 0)
        let systems = try #require(figures["systems"] as? [[String: Any]])
        #expect(systems.contains { ($0["incidents"] as? Int) == 1 && "\($0)".contains("epj") }, "\(systems)")
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

    /// The avvik part of the report: each avvik with system, cause and risk, the repeat that calls for a new risk
    /// assessment, and the measures with cost, alternatives and approval, in Markdown, on paper and as CSV.
    @Test func theReportListsAvvikRepeatsAndMeasures() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        var ids: [String] = []
        for what in ["Strømbrudd tok ned EPJ", "Strømbrudd tok ned EPJ igjen"] {
            ids.append(try cli.ok(["avvik", "register", "--what", what, "--immediate", "Aggregat", "--consequence", "EPJ nede",
                                   "--detected-how", "Alarm", "--reporter", "IKT-vakt", "--handler", "IKT-leder", "--owner", "Teknisk sjef",
                                   "--system", "epj", "--category", "strombrudd", "--risk", "Nytt brudd", "--risk-likelihood", "høy",
                                   "--risk-consequence", "høy"]).lastLine)
        }
        try cli.ok(["avvik", "measure", ids[1], "--text", "Nytt aggregat", "--owner", "Teknisk drift", "--due", "2099-06-30",
                    "--cost", "ca. 1,2 mill. kr", "--alternatives", "Leie aggregat", "--approved-by", "Administrerende direktør",
                    "--approved-on", "2026-01-15"])
        let period = ["--from", "2026-01-01", "--to", "2099-12-31"]
        let report = try cli.ok(["report"] + period).stdout
        #expect(report.contains("| Gjentatte avvik (samme system og årsak innen 12 måneder) | 1 |"), "\(report)")
        #expect(report.contains("Gjentatte avvik: vurder ny risikovurdering (Normen 5.8.1)"))
        #expect(report.contains("\(ids[1]): Gjentatt avvik: samme system og årsak som \(ids[0])"))
        #expect(report.contains("| Elektronisk pasientjournal (EPJ); Strømbrudd | høy |"), "\(report)")
        #expect(report.contains("| ca. 1,2 mill. kr | Leie aggregat | Administrerende direktør, 15.01.2026 |"), "\(report)")
        let csv = try cli.ok(["report"] + period + ["--format", "avvik-csv"]).stdout
        #expect(csv.contains(#""\#(ids[1])","#) && csv.contains(#""ca. 1,2 mill. kr","Leie aggregat","Administrerende direktør","15.01.2026""#),
                "\(csv)")
        let text = cli.directory.appendingPathComponent("rapport.txt").path
        try cli.ok(["print", "report"] + period + ["-o", text])
        #expect(try String(contentsOfFile: text, encoding: .utf8).contains("Alternativer vurdert"))
        let redacted = try cli.ok(["report"] + period + ["--redacted"]).stdout
        for named in ["Strømbrudd tok ned EPJ", "Elektronisk pasientjournal (EPJ); Strømbrudd", "Nytt aggregat", "ROS-2025-07"] {
            #expect(!redacted.contains(named), "\(named) is left out of the supervisory edition")
        }
        #expect(redacted.contains("System i klassen «Kritisk»; Strømbrudd"))
        #expect(redacted.contains("ca. 1,2 mill. kr"), "the cost is what the edition reports")
    }
}
