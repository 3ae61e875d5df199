/// `?`: every binding in the key table, with where it works, drawn over the body.
enum HelpOverlay {
    static func draw(into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        for row in body { grid.put(String(repeating: " ", count: grid.size.columns), row: row, column: 0) }
        grid.put("Hjelp: taster (Esc eller ? lukker)", row: body.lowerBound, column: 1, style: Style(bold: true))
        let perColumn = body.count - 1
        let columnWidth = grid.size.columns / 2
        for (index, binding) in KeyBindings.all.enumerated() {
            let row = body.lowerBound + 1 + index % perColumn
            let column = 1 + (index / perColumn) * columnWidth
            let end = grid.put(binding.keyLabel, row: row, column: column, width: 6, style: Style(.selected, bold: true))
            let place = binding.screens.isEmpty ? "" : " (" + binding.screens.map(\.title).joined(separator: ", ") + ")"
            grid.put(binding.label + place, row: row, column: max(end + 1, column + 6), width: columnWidth - 8)
        }
    }
}
