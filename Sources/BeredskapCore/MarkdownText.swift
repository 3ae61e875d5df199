/// Text typed by people or read from files, written into a Markdown document as data: made inert
/// (`InertText`), HTML's `<`, `>` and `&` written as entities, and every character Markdown could read as syntax
/// escaped with a backslash, so a log line cannot become a link (`[x](javascript:…)`), an image, raw HTML
/// (`<img onerror=…>`), emphasis, a table column or a heading. One escaper for every Markdown export.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        var atLineStart = true
        var leadingDigits = false
        for scalar in InertText.make(text).unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\\", "`", "*", "_", "[", "]", "(", ")", "|", "#", "!", "~", "{", "}", "$":
                escaped.append(contentsOf: ["\\", scalar])
            case "-" where atLineStart, "+" where atLineStart, "=" where atLineStart, "." where leadingDigits:
                // A list item, setext underline or numbered list only where the text starts.
                escaped.append(contentsOf: ["\\", scalar])
            default:
                escaped.append(scalar)
            }
            leadingDigits = (atLineStart || leadingDigits) && ("0"..."9").contains(scalar)
            atLineStart = atLineStart && scalar == " "
        }
        return String(escaped)
    }
}
