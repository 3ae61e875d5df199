import BeredskapCore

/// Avvik: open ones first; under the list, the selected one's report, its measures with owner, deadline and
/// status (overdue marked), and the closing assessment.
enum DeviationScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let deviations = model.deviationRows
        grid.put("Avvik (\(deviations.filter(\.isOpen).count) åpne av \(deviations.count))", row: body.lowerBound, column: 1,
                 style: Style(bold: true))
        if deviations.isEmpty {
            ListRows.empty("Ingen avvik registrert; + registrerer et (Normen 5.8.1).", row: body.lowerBound + 1, into: &grid)
            return
        }
        let (list, detail) = Layout(size: grid.size).listAndDetail(count: deviations.count)
        let selected = model.deviations.row(for: deviations.map(\.id))
        ListRows.draw(deviations, selected: selected, rows: list, into: &grid) {
            deviation, row, column, style, grid in
            let late = deviation.measures.contains { $0.isOverdue(at: model.now) }
            let status = deviation.isOpen ? (late ? "TILTAK FORSINKET" : "åpent, \(deviation.measures.count) tiltak") : "lukket"
            let end = grid.put("\(deviation.id)  \(InertText.make(deviation.report.what))", row: row, column: column,
                               width: grid.size.columns - 24 - column, style: !deviation.isOpen && style == .normal ? Style(.dim) : style)
            grid.put(status, row: row, column: max(end + 1, grid.size.columns - 22), style: late ? Style(.overdue, bold: true) : style)
        }
        guard deviations.indices.contains(selected) else { return }
        Layout.divider(above: detail, into: &grid)
        drawDetail(deviations[selected], model: model, rows: detail, into: &grid)
    }

    private static func drawDetail(_ deviation: Deviation, model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        let report = deviation.report
        var lines = [
            "Strakstiltak: \(report.immediateMeasures) · Konsekvens: \(report.possibleConsequence)",
            "Berørt: \(report.affected.map(\.rawValue).joined(separator: ", ")) · Årsak: \(report.cause.rawValue) · Eier: \(report.roles.owner)",
        ].map(InertText.make)
        lines += deviation.measures.map { measure in
            let late = measure.isOverdue(at: model.now) ? "FORSINKET " : ""
            return "\(late)\(measure.id) \(InertText.make(measure.text)) (\(InertText.make(measure.owner)), frist \(model.day(measure.due))): \(measure.status.rawValue)"
        }
        if let closing = deviation.closing { lines.append("Lukket: " + InertText.make(closing.assessment)) }
        for (offset, line) in lines.prefix(rows.count).enumerated() {
            grid.put(line, row: first + offset, column: 1, style: line.hasPrefix("FORSINKET") ? Style(.overdue, bold: true) : .normal)
        }
    }
}
