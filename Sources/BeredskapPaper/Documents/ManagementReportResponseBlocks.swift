import BeredskapCore
import Foundation

/// Factsheet 12, «ondsinnet programvare»: each such incident with the measures taken and their results, and the
/// preventive measures proposed in its evaluation.
enum ManagementReportResponseBlocks {
    static func blocks(_ lines: [ManagementReport.ResponseLine]) -> [Block] {
        var blocks: [Block] = [.heading("Ondsinnet programvare: tiltak og resultat (faktaark 12)")]
        guard !lines.isEmpty else { return blocks + [.paragraph("Ingen hendelser med skadevare eller angrep i perioden.")] }
        for line in lines {
            blocks.append(.paragraph("\(line.incident) (\(line.category))" + (line.title.map { ": \($0)" } ?? "")))
            let measures = "\(line.measuresTaken.count) av \(line.measuresInPlan)"
                + (line.measuresTaken.isEmpty ? "" : ": " + line.measuresTaken.joined(separator: "; "))
            var result = ["fase \(line.phase.word)", line.controlConfirmed ? "kontroll bekreftet" : "kontroll ikke bekreftet"]
            result.append(line.restoredAfter.map { "gjenopprettet etter \(Minutes.describe(seconds: $0))" } ?? "ikke gjenopprettet")
            var rows = [["Tiltak iverksatt", measures], ["Resultat", result.joined(separator: ", ")]]
            if let outcome = line.outcome { rows.append(["Oppsummering", outcome]) }
            rows.append(["Foreslåtte forebyggende tiltak", line.proposed.isEmpty ? "ingen ennå (evalueringen gir dem)" : line.proposed.joined(separator: "; ")])
            blocks.append(.table(Table(columns: [.init("", width: 0.3), .init("", width: 0.7)], rows: rows)))
        }
        return blocks
    }
}
