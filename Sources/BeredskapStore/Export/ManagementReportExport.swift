import BeredskapCore
import Foundation

/// The management report as Markdown for reading and CSV for a spreadsheet. Names of systems come from the
/// register; no free text from incidents is included, so the report carries no health data.
public enum ManagementReportExport {
    public enum Format: String, CaseIterable, Sendable { case md, csv }

    /// `exercises`: exercise journals started in the period; `required`: how many the period calls for.
    public static func render(_ report: ManagementReport, organisation: String, exercises: Int, required: Int,
                              as format: Format) -> String {
        switch format {
        case .md: markdown(report, organisation: organisation, exercises: exercises, required: required)
        case .csv: csv(report)
        }
    }

    private static func minutes(_ seconds: TimeInterval?) -> String { seconds.map { Minutes.describe(seconds: $0) } ?? "–" }

    private static func markdown(_ report: ManagementReport, organisation: String, exercises: Int, required: Int) -> String {
        var lines = [
            "# Rapport til ledelsen: IKT-beredskap",
            "",
            "\(InertText.make(organisation)), \(day(report.from)) – \(day(report.to.addingTimeInterval(-1)))",
            "",
            "## Hendelser",
            "",
            "- Hendelser i perioden: \(report.incidents)",
            "- Median tid til innledende vurdering: \(minutes(report.medianTimeToTriage))",
            "- Median tid til første varsling nådd fram: \(minutes(report.medianTimeToFirstNotification))",
            "- Median tid til gjenopprettet: \(minutes(report.medianTimeToRestore))",
            "",
            "## Per system",
            "",
            "| System | Hendelser | Samlet avbrudd | Lengste avbrudd | Over maksimal avbruddstid |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += report.systems.map {
            "| \(InertText.make($0.name)) | \($0.incidents) | \(minutes($0.totalOutage)) | \(minutes($0.longestOutage)) | \($0.maxOutageBreaches) |"
        }
        lines += ["", "## Utvikling per måned", "", "| Måned | Hendelser | Samlet avbrudd |", "|---|---:|---:|"]
        lines += report.months.map { "| \($0.month) | \($0.incidents) | \(minutes($0.outage)) |" }
        let d = report.deviations
        lines += [
            "", "## Avvik og tiltak", "",
            "- Avvik: \(d.open) åpne, \(d.closed) lukket",
            "- Tiltak: \(d.measuresOpen) åpne, \(d.measuresDone) fullført eller forkastet, \(d.measuresOverdue) forfalt",
            "", "## Øvelser (Normen 5.9: minimum årlig test)", "",
            "- Øvelser i perioden: \(exercises) av minst \(required)" + (exercises < required ? " — KRAVET ER IKKE OPPFYLT" : ""),
        ]
        return lines.joined(separator: "\n")
    }

    private static func csv(_ report: ManagementReport) -> String {
        var rows = [["system", "navn", "hendelser", "samlet_avbrudd_min", "lengste_avbrudd_min", "over_maks"]]
        rows += report.systems.map {
            [$0.system.rawValue, InertText.make($0.name), String($0.incidents), String(Int($0.totalOutage / 60)),
             String(Int($0.longestOutage / 60)), String($0.maxOutageBreaches)]
        }
        return rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\r\n")
    }

    private static func day(_ date: Date) -> String { String(Timestamps.local(date).prefix(10)) }
}
