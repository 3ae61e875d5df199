import BeredskapCore

/// Tidslinje: the hendelseslogg, newest at the bottom, scrollable; late entries show when it happened.
enum TimelineScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        grid.put("Hendelseslogg (\(model.timeline.count))", row: body.lowerBound, column: 1, style: Style(bold: true))
        let rows = body.count - 1
        guard rows > 0, !model.timeline.isEmpty else { return }
        let lastTop = max(model.timeline.count - rows, 0)
        let top = min(model.timelineTop ?? lastTop, lastTop)
        for (offset, line) in model.timeline[top...].prefix(rows).enumerated() {
            let row = body.lowerBound + 1 + offset
            var column = grid.put(String(format: "%4d", line.seq), row: row, column: 1, style: Style(.dim))
            column = grid.put(" " + model.clock(line.registered), row: row, column: column)
            column = grid.put(" " + line.operatorName, row: row, column: column, width: 16, style: Style(.dim))
            let late = line.occurred.map { "[skjedde \(model.clock($0))] " } ?? ""
            grid.put(late + line.summary, row: row, column: max(column + 1, 25))
        }
    }
}
