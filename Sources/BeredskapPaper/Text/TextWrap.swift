import BeredskapCore

/// Word wrapping for plain-text output; every piece of text is made inert first.
enum TextWrap {
    static func inert(_ text: String) -> String { InertText.make(text) }

    /// `text` in lines of at most `width` characters (a longer word gets a line of its own), the first line
    /// starting with `firstPrefix` and the rest with `prefix`.
    static func lines(_ text: String, width: Int, firstPrefix: String = "", prefix: String = "") -> [String] {
        var lines: [String] = []
        var current = firstPrefix
        var currentHasWord = false
        for word in inert(text).split(separator: " ", omittingEmptySubsequences: true) {
            if currentHasWord, current.count + 1 + word.count > width {
                lines.append(current)
                current = prefix
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }
}
