import BeredskapCore

/// A dialog of more than one line, drawn over the body: its title, the answers so far, the question with
/// its choices, and what the answers mean (the preview). A one-line dialog leaves the body visible.
enum DialogOverlay {
    static func draw(_ dialog: Dialog, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        for row in body { grid.put(String(repeating: " ", count: grid.size.columns), row: row, column: 0) }
        var row = body.lowerBound
        grid.put(InertText.make(dialog.title), row: row, column: 1, style: Style(bold: true))
        for index in 0..<dialog.current {
            row += 1
            let question = dialog.questions[index]
            let values = dialog.answers.values(of: question)
            let shown = question.choices.isEmpty ? values : question.choices.filter { values.contains($0.value) }.map(\.label)
            let end = grid.put(question.prompt.trimmingCharacters(in: .whitespaces), row: row, column: 3, width: 40, style: Style(.dim))
            grid.put(InertText.make(shown.joined(separator: ", ")), row: row, column: end + 1)
        }
        if case .reading(let text) = dialog.question.kind {
            drawReading(text, from: dialog.cursor, rows: (row + 1)..<body.upperBound, into: &grid)
            return
        }
        let preview = dialog.previewLines.map { InertText.make($0) }
        let previewRows = min(preview.count, 5)
        let listEnd = body.upperBound - previewRows - (previewRows > 0 ? 1 : 0)
        if !dialog.question.choices.isEmpty {
            row += 1
            let end = grid.put(dialog.question.prompt, row: row, column: 1, style: Style(bold: true))
            grid.put(dialog.text.isEmpty ? "  (skriv for å søke)" : "  søk: \(InertText.make(dialog.text))▏", row: row, column: end,
                     style: dialog.text.isEmpty ? Style(.dim) : .normal)
            drawChoices(dialog, rows: (row + 1)..<listEnd, into: &grid)
        }
        for (offset, line) in preview.prefix(previewRows).enumerated() {
            grid.put(line, row: body.upperBound - previewRows + offset, column: 3, style: offset == 0 ? Style(bold: true) : .normal)
        }
    }

    /// Text to read whole, wrapped and inert, from line `top` on (kept so the last page is full); the last row
    /// says when there is more below.
    private static func drawReading(_ text: String, from top: Int, rows: Range<Int>, into grid: inout Grid) {
        let lines = TextBlock.wrap(text, width: grid.size.columns - 2)
        let top = max(0, min(top, lines.count - rows.count))
        let more = lines.count - top > rows.count
        for (offset, line) in lines.dropFirst(top).prefix(more ? rows.count - 1 : rows.count).enumerated() {
            grid.put(line, row: rows.lowerBound + offset, column: 1)
        }
        if more { grid.put("↓ mer (" + Count.phrase(lines.count - top - rows.count + 1, "linje", "linjer") + " til)", row: rows.upperBound - 1, column: 1, style: Style(.dim)) }
    }

    private static func drawChoices(_ dialog: Dialog, rows: Range<Int>, into grid: inout Grid) {
        let multiple = { if case .choices = dialog.question.kind { true } else { false } }()
        let choices = dialog.visibleChoices
        guard !choices.isEmpty else {
            ListRows.empty("Ingen valg passer søket; Backspace retter.", row: rows.lowerBound, into: &grid)
            return
        }
        ListRows.draw(choices, selected: dialog.cursor, rows: rows, into: &grid) { choice, row, column, style, grid in
            let mark = multiple ? (dialog.marked.contains(choice.value) ? "[x] " : "[ ] ") : ""
            grid.put(mark + InertText.make(choice.label), row: row, column: column, style: style)
        }
    }
}
