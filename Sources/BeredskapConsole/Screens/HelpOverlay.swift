/// `?`: every key that works on this screen, from the key table, drawn over the body.
enum HelpOverlay {
    static func draw(on screen: ScreenID, into grid: inout Grid) {
        draw(title: "Hjelp: taster på \(screen.title) (Esc eller ? lukker; andre skjermer har egne taster)",
             bindings: KeyBindings.all.filter { $0.works(on: screen) }, into: &grid)
    }

    /// `bindings` in columns under `title`, over the body.
    static func draw(title: String, bindings: [KeyBinding], into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        for row in body { grid.put(String(repeating: " ", count: grid.size.columns), row: row, column: 0) }
        grid.put(title, row: body.lowerBound, column: 1, style: Style(bold: true))
        let perColumn = max(1, body.count - 1)
        let chunks = stride(from: 0, to: bindings.count, by: perColumn).map { Array(bindings[$0..<min($0 + perColumn, bindings.count)]) }
        // Each column as wide as its longest label, so short labels leave room for long ones; equal widths (labels
        // cut) only when even that does not fit.
        let natural = chunks.map { chunk in 8 + (chunk.map { DisplayWidth.of($0.label) }.max() ?? 0) }
        let equal = grid.size.columns / max(chunks.count, 2)
        let widths = natural.reduce(0, +) < grid.size.columns ? natural.map { max($0, equal) } : natural.map { _ in equal }
        var column = 1
        for (chunk, columnWidth) in zip(chunks, widths) {
            for (offset, binding) in chunk.enumerated() {
                let row = body.lowerBound + 1 + offset
                let end = grid.put(binding.keyLabel, row: row, column: column, width: 6, style: Style(.selected, bold: true))
                grid.put(binding.label, row: row, column: max(end + 1, column + 6), width: columnWidth - 8)
            }
            column += columnWidth
        }
    }
}
