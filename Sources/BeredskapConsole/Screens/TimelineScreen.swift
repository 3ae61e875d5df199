import BeredskapCore

/// Tidslinje: the hendelseslogg, newest at the bottom; the cursor picks a line to correct or read whole; late
/// entries show when it happened, corrected lines which lines correct them; a filter narrows to one incident or
/// a search.
enum TimelineScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let timeline = model.timeline
        let lines = timeline.visible
        let filter = timeline.filter.isActive ? ", filter: \(InertText.make(timeline.filter.description))" : ""
        grid.put("Hendelseslogg (\(lines.count) av \(timeline.lines.count)\(filter))", row: body.lowerBound, column: 1, style: Style(bold: true))
        guard let selected = timeline.selectedRow else {
            ListRows.empty(timeline.lines.isEmpty ? "Ingenting ført ennå; l fører en logglinje." : "Ingen linjer passer filteret.",
                           row: body.lowerBound + 1, into: &grid)
            return
        }
        ListRows.draw(lines, selected: selected, rows: (body.lowerBound + 1)..<body.upperBound, into: &grid) {
            entry, row, column, style, grid in
            let line = TimelineLine(entry, in: model.state)
            var column = grid.put(String(format: "%5d", line.seq), row: row, column: column, style: style == .normal ? Style(.dim) : style)
            column = grid.put(" " + model.clock(line.registered), row: row, column: column, style: style)
            column = grid.put(" " + line.operatorName, row: row, column: column, width: 14, style: style == .normal ? Style(.dim) : style)
            grid.put(line.text, row: row, column: max(column + 1, 30), style: style)
        }
    }
}
