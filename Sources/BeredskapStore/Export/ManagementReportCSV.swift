import BeredskapCore
import Foundation

/// The management report's per-system figures as CSV for a spreadsheet (the document itself is in BeredskapPaper).
/// Cells are quoted and made inert, so a name cannot start a spreadsheet formula.
public enum ManagementReportCSV {
    public static func render(_ report: ManagementReport) -> String {
        var rows = [["system", "navn", "hendelser", "samlet_avbrudd_min", "lengste_avbrudd_min", "over_maks",
                     "planlagt_nedetid", "planlagt_nedetid_min"]]
        rows += report.systems.map {
            [$0.system.rawValue, $0.name, String($0.incidents), String(Int($0.totalOutage / 60)),
             String(Int($0.longestOutage / 60)), String($0.maxOutageBreaches), String($0.plannedOutages),
             String(Int($0.plannedOutage / 60))]
        }
        return table(rows)
    }

    /// The period's avvik, one row per measure (an avvik without measures gets one row with the measure columns
    /// empty): system, cause, risk, what it repeats, and each measure's cost, alternatives and approval.
    public static func deviations(_ report: ManagementReport, timeZone: TimeZone) -> String {
        func day(_ date: Date?) -> String { date.map { Timestamps.day($0, timeZone: timeZone) } ?? "" }
        var rows = [["avvik", "registrert", "status", "system", "årsak", "risiko", "sannsynlighet", "konsekvens", "gjentar",
                     "tiltak", "tiltak_tekst", "tiltaksansvarlig", "frist", "tiltak_status", "forfalt", "kostnad", "alternativer",
                     "godkjent_av", "godkjent_dato"]]
        for line in report.deviationLines {
            let deviation = line.deviation
            let risk = deviation.report.risk
            let avvik = [deviation.id.rawValue, day(deviation.registeredAt), deviation.isOpen ? "åpent" : "lukket", line.system ?? "",
                         line.cause ?? "", risk?.level.rawValue ?? "", risk?.likelihood.rawValue ?? "", risk?.consequence.rawValue ?? "",
                         line.repeats?.earlier.map(\.id.rawValue).joined(separator: " ") ?? ""]
            let measures = deviation.measures.map { measure in
                let plan = measure.plan
                return [measure.id.rawValue, plan.text, plan.owner, day(plan.due), measure.status.rawValue,
                        line.overdue.contains(measure.id) ? "ja" : "nei", plan.cost ?? "", plan.alternatives ?? "",
                        plan.approval?.by ?? "", day(plan.approval?.on)]
            }
            rows += (measures.isEmpty ? [Array(repeating: "", count: 10)] : measures).map { avvik + $0 }
        }
        return table(rows)
    }

    private static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(CSVCell.quoted).joined(separator: ",") }.joined(separator: "\r\n")
    }
}
