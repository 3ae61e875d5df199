import BeredskapJournal
import Foundation

/// Rewrites a journal the way a forger would: changes a line and re-hashes it and every line after it, so the
/// file verifies on its own with a new head. Only a head kept elsewhere (the region's copy, the seal) shows it.
enum ChainRewriter {
    /// Replaces `old` with `new` in the first line holding it and re-hashes the chain from there; returns that
    /// line's seq.
    @discardableResult
    static func rewrite(_ path: String, replacing old: String, with new: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        guard let seq = lines.firstIndex(where: { $0.contains(old) }) else { throw CocoaError(.fileReadCorruptFile) }
        var previous = ""
        for index in lines.indices where index >= seq {
            var line = index == seq ? lines[index].replacingOccurrences(of: old, with: new) : lines[index]
            if !previous.isEmpty, let range = line.range(of: #""prev":"[0-9a-f]{64}""#, options: .regularExpression) {
                line.replaceSubrange(range, with: "\"prev\":\"\(previous)\"")
            }
            let body = String(line.dropLast(72))
            previous = Array(body.utf8).withUnsafeBytes { LineHash(hashing: $0) }.description
            line = body + ",\"h\":\"\(previous)\"}"
            lines[index] = line
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return seq
    }
}
