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
        return rows.map { $0.map(CSVCell.quoted).joined(separator: ",") }.joined(separator: "\r\n")
    }
}
