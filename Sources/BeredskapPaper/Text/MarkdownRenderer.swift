/// Renders a document as Markdown, for reports that are read on screen or pasted into a case system.
/// Free text is made inert, and `|` is escaped in table cells.
public enum MarkdownRenderer {
    public static func render(_ document: PaperDocument) -> String {
        document.blocks.map(render).joined(separator: "\n\n") + "\n"
    }

    private static func render(_ block: Block) -> String {
        switch block {
        case .title(let text): "# " + TextWrap.inert(text)
        case .heading(let text): "## " + TextWrap.inert(text)
        case .subheading(let text): "### " + TextWrap.inert(text)
        case .paragraph(let text): TextWrap.inert(text)
        case .note(let text): "_" + TextWrap.inert(text) + "_"
        case .contents(let titles): titles.enumerated().map { "\($0.offset + 1). \(TextWrap.inert($0.element))" }.joined(separator: "\n")
        case .table(let table): self.table(table)
        case .checklist(let items): items.map { "- [ ] \($0.number). \(TextWrap.inert($0.text))" }.joined(separator: "\n")
        case .form(let sheet): "**\(TextWrap.inert(sheet.title))** (" + (sheet.patient.fields + sheet.fields).map { TextWrap.inert($0.label) }.joined(separator: ", ") + ")"
        case .section(let mark): "---\n\n" + TextWrap.inert(mark.line)
        case .pageBreak: "---"
        }
    }

    private static func table(_ table: Table) -> String {
        func cell(_ text: String) -> String { TextWrap.inert(text).replacingOccurrences(of: "|", with: "\\|") }
        let header = "| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + table.columns.map { _ in "---|" }.joined()
        return ([header, rule] + table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }
}
