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

    /// What needs attention first: the repeat warning, then system, cause and risk, then the measures with their
    /// cost and approval; the form's other fields after. Enter shows it all.
    private static func drawDetail(_ deviation: Deviation, model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        let text = DeviationText(state: model.state, now: model.now)
        let report = deviation.report
        var lines: [(String, Style)] = []
        if let warning = model.state.repeatWarning(for: deviation) { lines.append(("OBS: " + InertText.make(warning), Style(.overdue, bold: true))) }
        if let facts = text.facts(deviation) { lines.append((facts, .normal)) }
        lines.append((text.risk(deviation), .normal))
        for measure in deviation.measures {
            let measureLines = text.measure(measure)
            lines.append((measureLines[0], measure.isOverdue(at: model.now) ? Style(.overdue, bold: true) : .normal))
            lines += measureLines.dropFirst().map { ("   " + $0, .normal) }
        }
        lines.append((InertText.make("Strakstiltak: \(report.immediateMeasures) · Konsekvens: \(report.possibleConsequence)"), .normal))
        lines.append((InertText.make("Berørt: \(report.affected.map(\.rawValue).joined(separator: ", ")) · Årsaksnivå: \(report.cause.rawValue) "
            + "· Eier: \(report.roles.owner)"), .normal))
        if let closing = deviation.closing { lines.append(("Lukket: " + InertText.make(closing.assessment), .normal)) }
        for (offset, line) in lines.prefix(rows.count).enumerated() {
            grid.put(line.0, row: first + offset, column: 1, width: grid.size.columns - 2, style: line.1)
        }
    }
}
