import BeredskapCore

/// The bottom three rows: the last message, the line being typed, and the key hints from the key table.
enum FooterView {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let layout = Layout(size: grid.size)
        if let message = model.message {
            grid.put(" " + message.text, row: layout.messageRow, column: 0,
                     style: message.isError ? Style(.error, bold: true) : Style(.dim))
        }
        if let input = model.input {
            let end = grid.put(" " + input.prompt, row: layout.inputRow, column: 0, style: Style(bold: true))
            grid.put(visibleTail(of: InertText.make(input.text), width: grid.size.columns - end - 1) + "▏", row: layout.inputRow, column: end)
            grid.put(" Enter lagrer · Esc avbryter", row: layout.footerRow, column: 0, style: Style(.dim))
            return
        }
        var column = 1
        for binding in KeyBindings.footer(for: model.screen) {
            let hint = "\(binding.keyLabel) \(binding.label)"
            guard column + DisplayWidth.of(hint) <= grid.size.columns else { break }
            let keyEnd = grid.put(binding.keyLabel, row: layout.footerRow, column: column, style: Style(.selected, bold: true))
            column = grid.put(" \(binding.label)", row: layout.footerRow, column: keyEnd) + 2
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
