import BeredskapCore

/// One CSV cell for a spreadsheet: quoted, control characters made inert, and a leading `=`, `+`, `-` or `@`
/// prefixed with an apostrophe so a spreadsheet never reads the text as a formula (CSV injection).
enum CSVCell {
    static func quoted(_ text: String) -> String {
        var value = InertText.make(text)
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
