import BeredskapCore
import Foundation

/// The management report's avvik one by one (Normen 5.8.1: status to management on avvik handling): system, cause
/// and risk; the repeats that call for a new risk assessment; and every measure with its cost, the alternatives
/// considered, who approved it and when, and where it stands.
enum ManagementReportDeviationBlocks {
    static func blocks(_ lines: [ManagementReport.DeviationLine], timeZone: TimeZone) -> [Block] {
        guard !lines.isEmpty else { return [.paragraph("Ingen avvik registrert i perioden.")] }
        func day(_ date: Date) -> String { Timestamps.day(date, timeZone: timeZone) }
        var blocks: [Block] = [
            .subheading("Avvik i perioden"),
            .table(Table(columns: [.init("Avvik", width: 0.15), .init("Hva", width: 0.3), .init("System og årsak", width: 0.25),
                                   .init("Risiko", width: 0.15), .init("Status", width: 0.15)],
                         rows: lines.map { line in
                             let deviation = line.deviation
                             return ["\(deviation.id) (\(day(deviation.registeredAt)))", deviation.report.what,
                                     [line.system ?? "ikke oppgitt", line.cause ?? "årsak ikke fastsatt"].joined(separator: "; "),
                                     deviation.report.risk?.level.rawValue ?? "ikke vurdert",
                                     (deviation.isOpen ? "åpent" : "lukket") + ", " + Count.phrase(deviation.measures.count, "tiltak", "tiltak")]
                         })),
        ]
        let repeats = lines.compactMap { line in line.repeats.map { "\(line.deviation.id): \($0.warning)" } }
        if !repeats.isEmpty {
            blocks.append(.subheading("Gjentatte avvik: vurder ny risikovurdering (Normen 5.8.1)"))
            blocks += repeats.map(Block.paragraph)
        }
        let measures = lines.flatMap { line in line.deviation.measures.map { (line.deviation.id, $0, line.overdue.contains($0.id)) } }
        guard !measures.isEmpty else { return blocks }
        blocks.append(.subheading("Tiltak: kostnad, vurderte alternativer og godkjenning"))
        blocks.append(.table(Table(columns: [.init("Tiltak", width: 0.14), .init("Hva og hvem", width: 0.26), .init("Kostnad", width: 0.13),
                                             .init("Alternativer vurdert", width: 0.2), .init("Godkjent", width: 0.13),
                                             .init("Frist og status", width: 0.14)],
                                   rows: measures.map { id, measure, overdue in
                                       let plan = measure.plan
                                       return ["\(id) \(measure.id)", "\(plan.text) (\(plan.owner))", plan.cost ?? "ikke anslått",
                                               plan.alternatives ?? "–", plan.approval.map { "\($0.by), \(day($0.on))" } ?? "ikke godkjent",
                                               "\(day(plan.due)), \(measure.status.rawValue)" + (overdue ? ", FORFALT" : "")]
                                   })))
        return blocks
    }
}
