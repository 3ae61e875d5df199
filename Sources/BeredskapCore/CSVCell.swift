/// One CSV cell for a spreadsheet: quoted, control characters made inert, and a leading `=`, `+`, `-` or `@`
/// prefixed with an apostrophe so a spreadsheet never reads the text as a formula (CSV injection).
public enum CSVCell {
    static let formulaStarts = "=+-@".unicodeScalars

    public static func quoted(_ text: String) -> String {
        var value = InertText.make(text)
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) { value = "'" + value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The text of a cell `quoted` wrote, once a CSV reader has removed the quotes: the apostrophe before a
    /// formula character goes again and a line break shown as `␊` is a line break again, so what was exported reads
    /// back as it was.
    public static func text(_ cell: String) -> String {
        let text = cell.replacingOccurrences(of: "\u{240A}", with: "\n")
        let scalars = text.unicodeScalars
        guard scalars.count > 1, scalars.first == "'", formulaStarts.contains(scalars[scalars.index(after: scalars.startIndex)])
        else { return text }
        return String(text.dropFirst())
    }
}
