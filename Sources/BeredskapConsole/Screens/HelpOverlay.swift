/// `?`: every key that works on this screen, from the key table, drawn over the body.
enum HelpOverlay {
    static func draw(on screen: ScreenID, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        for row in body { grid.put(String(repeating: " ", count: grid.size.columns), row: row, column: 0) }
        grid.put("Hjelp: taster på \(screen.title) (Esc eller ? lukker; andre skjermer har egne taster)", row: body.lowerBound, column: 1,
                 style: Style(bold: true))
        let bindings = KeyBindings.all.filter { $0.works(on: screen) }
        let perColumn = body.count - 1
        let columns = max(1, (bindings.count + perColumn - 1) / perColumn)
        let columnWidth = grid.size.columns / max(columns, 2)
        for (index, binding) in bindings.enumerated() {
            let row = body.lowerBound + 1 + index % perColumn
            let column = 1 + (index / perColumn) * columnWidth
            let end = grid.put(binding.keyLabel, row: row, column: column, width: 6, style: Style(.selected, bold: true))
            grid.put(binding.label, row: row, column: max(end + 1, column + 6), width: columnWidth - 8)
        }
    }
}
