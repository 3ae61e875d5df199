import BeredskapCore

/// Renders a document as Markdown, for reports that are read on screen or pasted into a case system.
/// Every piece of text is data: inert, with Markdown and HTML escaped (`MarkdownText`).
public enum MarkdownRenderer {
    public static func render(_ document: PaperDocument) -> String {
        document.blocks.map(render).joined(separator: "\n\n") + "\n"
    }

    private static func render(_ block: Block) -> String {
        switch block {
        case .title(let text): "# " + MarkdownText.escape(text)
        case .heading(let text): "## " + MarkdownText.escape(text)
        case .subheading(let text): "### " + MarkdownText.escape(text)
        case .paragraph(let text): MarkdownText.escape(text)
        case .note(let text): "_" + MarkdownText.escape(text) + "_"
        case .contents(let titles): titles.enumerated().map { "\($0.offset + 1). \(MarkdownText.escape($0.element))" }.joined(separator: "\n")
        case .table(let table): self.table(table)
        case .checklist(let items): items.map { "- [ ] \($0.number). \(MarkdownText.escape($0.text))" }.joined(separator: "\n")
        case .form(let sheet): "**\(MarkdownText.escape(sheet.title))** (" + (sheet.patient.fields + sheet.fields).map { MarkdownText.escape($0.label) }.joined(separator: ", ") + ")"
        case .writingLines(let count): Array(repeating: "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", count: count).joined(separator: "\n\n")
        case .section(let mark): "---\n\n" + MarkdownText.escape(mark.line)
        case .pageBreak: "---"
        }
    }

    private static func table(_ table: Table) -> String {
        let header = "| " + table.columns.map { MarkdownText.escape($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + table.columns.map { _ in "---|" }.joined()
        return ([header, rule] + table.rows.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }
}
