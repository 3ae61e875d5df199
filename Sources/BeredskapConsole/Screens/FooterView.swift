import BeredskapCore

/// The bottom three rows: the last message, the line being typed, and the key hints from the key table
/// (or, in a dialog, the keys that answer it).
enum FooterView {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let layout = Layout(size: grid.size)
        if let message = model.message {
            grid.put(" " + message.text, row: layout.messageRow, column: 0,
                     style: message.isError ? Style(.error, bold: true) : Style(.dim))
        }
        if let dialog = model.dialog {
            drawDialogLine(dialog, layout: layout, into: &grid)
            return
        }
        drawHints(KeyBindings.footer(for: model.screen), row: layout.footerRow, into: &grid)
    }

    /// Each binding's key highlighted and its label, as many as fit the row.
    static func drawHints(_ bindings: [KeyBinding], row: Int, into grid: inout Grid) {
        var column = 1
        for binding in bindings {
            let hint = "\(binding.keyLabel) \(binding.label)"
            guard column + DisplayWidth.of(hint) <= grid.size.columns else { break }
            let keyEnd = grid.put(binding.keyLabel, row: row, column: column, style: Style(.selected, bold: true))
            column = grid.put(" \(binding.label)", row: row, column: keyEnd) + 2
        }
    }

    private static func drawDialogLine(_ dialog: Dialog, layout: Layout, into grid: inout Grid) {
        let step = dialog.questions.count > 1 ? " (\(dialog.current + 1)/\(dialog.questions.count))" : ""
        let enter = dialog.isLast ? "Enter lagrer" : "Enter neste"
        switch dialog.question.kind {
        case .text:
            let end = grid.put(" " + dialog.question.prompt, row: layout.inputRow, column: 0, style: Style(bold: true))
            grid.put(visibleTail(of: InertText.make(dialog.text), width: grid.size.columns - end - 1) + "▏", row: layout.inputRow, column: end)
            grid.put(" \(enter) · Esc avbryter\(step)", row: layout.footerRow, column: 0, style: Style(.dim))
        case .choice:
            grid.put(" ↑↓ velger · \(enter) · Esc avbryter\(step)", row: layout.footerRow, column: 0, style: Style(.dim))
        case .choices:
            grid.put(" ↑↓ flytter · mellomrom merker · \(enter) · Esc avbryter\(step)", row: layout.footerRow, column: 0, style: Style(.dim))
        case .reading:
            grid.put(" ↑↓ blar · Enter eller Esc lukker", row: layout.footerRow, column: 0, style: Style(.dim))
        }
    }

    /// The end of a long line, so the cursor stays in sight while typing.
    private static func visibleTail(of text: String, width: Int) -> String {
        var tail = ""
        var used = 0
        for character in text.reversed() {
            used += DisplayWidth.of(character)
            if used > width { break }
            tail.insert(character, at: tail.startIndex)
        }
        return tail
    }
}
