import Yams

/// libyaml reports a wrongly indented line where the parse finally breaks, which can be many lines further down
/// (a phase key moved to column 0 is reported at the next phase). The line to blame is found the way a person
/// would: the earliest line shortly before the reported one that, indented differently and nothing else
/// changed, makes the whole file parse.
enum IndentationCulprit {
    /// The problems an indentation mistake causes.
    static let problems: Set<String> = [
        "mapping values are not allowed in this context", "did not find expected key", "did not find expected '-' indicator",
    ]
    /// How far back to look: a misplaced key can swallow the block after it.
    static let window = 15

    /// 1-based line and column of the line to blame, or nil when no single re-indentation makes the file parse
    /// (then the mistake is something else, and libyaml's own place stands).
    static func find(in text: String, reportedLine: Int) -> (line: Int, column: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard reportedLine >= 1, reportedLine <= lines.count else { return nil }
        let first = max(0, reportedLine - 1 - window)
        let nearby = lines[first..<min(lines.count, reportedLine + 3)].filter(isSignificant).map(indentation)
        let indents = Set(nearby.flatMap { [$0, $0 + 2, max(0, $0 - 2)] }).sorted()
        for index in first..<reportedLine where isSignificant(lines[index]) {
            let original = lines[index]
            let body = original.drop { $0 == " " }
            for indent in indents where indent != indentation(original) {
                lines[index] = String(repeating: " ", count: indent) + body
                if (try? Yams.compose(yaml: lines.joined(separator: "\n"))) != nil {
                    return (index + 1, indentation(original) + 1)
                }
            }
            lines[index] = original
        }
        return nil
    }

    private static func isSignificant(_ line: String) -> Bool {
        let body = line.drop { $0 == " " }
        return !body.isEmpty && !body.hasPrefix("#")
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}
