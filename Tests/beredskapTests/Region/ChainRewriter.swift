import BeredskapJournal
import Foundation

/// Rewrites a journal the way a forger would: changes a line and re-hashes it and every line after it, so the
/// file verifies on its own with a new head. Only a head kept elsewhere (the region's copy, the seal) shows it.
enum ChainRewriter {
    static func rewrite(_ path: String, from seq: Int, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        var previous = ""
        for index in lines.indices where index >= seq {
            var line = index == seq ? change(lines[index]) : lines[index]
            if !previous.isEmpty, let range = line.range(of: #""prev":"[0-9a-f]{64}""#, options: .regularExpression) {
                line.replaceSubrange(range, with: "\"prev\":\"\(previous)\"")
            }
            let body = String(line.dropLast(72))
            previous = Array(body.utf8).withUnsafeBytes { LineHash(hashing: $0) }.description
            line = body + ",\"h\":\"\(previous)\"}"
            lines[index] = line
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }
}
