import Crypto
import Foundation

/// What a forger with write access does: edits a line and recomputes every later `prev` and `h`, so the chain
/// verifies again (docs/JOURNAL.md: `h` is the SHA-256 of the bytes before `,"h":"`).
enum Rechain {
    /// The journal's lines (no newlines) with `edit` applied to line `index` and the chain recomputed from it.
    static func rewrite(_ lines: [String], at index: Int, _ edit: (String) -> String) -> [String] {
        var out = lines
        out[index] = edit(out[index])
        for i in index..<out.count {
            var line = out[i]
            if i > 0 {
                let previous = String(out[i - 1].suffix(66).prefix(64))
                let prev = line.range(of: #""prev":"[0-9a-f]{64}""#, options: .regularExpression)!
                line.replaceSubrange(prev, with: #""prev":"\#(previous)""#)
            }
            let body = String(line[..<line.range(of: #","h":""#, options: .backwards)!.lowerBound])
            let hash = SHA256.hash(data: Data(body.utf8)).map { String(format: "%02x", $0) }.joined()
            out[i] = body + #","h":""# + hash + #""}"#
        }
        return out
    }

    /// The lines of the file at `path`, without newlines.
    static func lines(of path: String) -> [String] {
        String(decoding: fileBytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func write(_ lines: [String], to path: String) {
        writeBytes(Array(lines.map { $0 + "\n" }.joined().utf8), to: path)
    }
}
