import BeredskapCore
import BeredskapRegion
import Foundation

/// `beredskap region report` as text: a row per hospital, the region's sum last, then the systems across hospitals.
extension RegionReport {
    func text(timeZone: TimeZone) -> String {
        let last = to.addingTimeInterval(-1)
        var lines = ["Regionens rapport \(Timestamps.day(from, timeZone: timeZone))–\(Timestamps.day(last, timeZone: timeZone)): "
            + Count.phrase(hospitals.count, "sykehus", "sykehus") + " (reelle journaler, kontrollert og avspilt)."]
        lines.append("")
        let header = ["", "hendelser", "planlagt", "avbrudd min", "over maks", "varsler", "for sent", "nivåvedtak",
                      "avvik åpne", "avvik lukket", "tiltak åpne", "tiltak forfalt"]
        var rows = hospitals.map { [InertText.make($0.hospital)] + Self.cells($0.figures) }
        rows.append(["Regionen"] + Self.cells(total))
        lines += Self.table([header] + rows)
        if !systems.isEmpty {
            lines.append("")
            lines.append("Systemer på tvers av sykehusene (avbrudd uten planlagt nedetid):")
            lines += Self.table([["system", "sykehus", "hendelser", "avbrudd min", "over maks"]] + systems.map {
                [InertText.make($0.name), String($0.hospitals), String($0.incidents), String($0.outageMinutes), String($0.maxOutageBreaches)]
            })
        }
        return lines.joined(separator: "\n")
    }

    private static func cells(_ figures: Figures) -> [String] {
        [figures.incidents, figures.plannedOutages, figures.outageMinutes, figures.maxOutageBreaches, figures.notifications,
         figures.lateNotifications, figures.levelDecisions, figures.deviationsOpen, figures.deviationsClosed,
         figures.correctiveActionsOpen, figures.correctiveActionsOverdue].map(String.init)
    }

    /// Columns padded to their widest cell, the first left-aligned and the numbers right-aligned.
    private static func table(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
