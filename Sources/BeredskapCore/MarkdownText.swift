/// Text typed by people or read from files, written into a Markdown document as data: made inert
/// (`InertText`), HTML's `<`, `>` and `&` written as entities, and every character Markdown could read as syntax
/// escaped with a backslash, so a log line cannot become a link or an image (`[x](javascript:…)`: with `[` and `]`
/// escaped there is no link text, so parentheses stay as they are), raw HTML (`<img onerror=…>`), emphasis, code,
/// a table column, a heading or a list item. One escaper for every Markdown export.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        let scalars = Array(InertText.make(text).unicodeScalars)
        var escaped = String.UnicodeScalarView()
        // Where a list marker could start: after leading spaces, or after the digits of «12. ».
        var markerPosition = true
        var leadingDigits = false
        for (index, scalar) in scalars.enumerated() {
            let beforeSpace = index + 1 == scalars.count || scalars[index + 1] == " "
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                escaped.append(contentsOf: ["\\", scalar])
            case "-" where markerPosition && beforeSpace, "+" where markerPosition && beforeSpace,
                 "." where leadingDigits && beforeSpace, ")" where leadingDigits && beforeSpace:
                escaped.append(contentsOf: ["\\", scalar])
            default:
                escaped.append(scalar)
            }
            leadingDigits = (markerPosition || leadingDigits) && ("0"..."9").contains(scalar)
            markerPosition = markerPosition && scalar == " "
        }
        return String(escaped)
    }
}
