import Foundation
import Testing
@testable import BeredskapPlaybooks

/// The valid fixture's directory, found next to this file rather than in a bundle.
let validFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/valid")

/// 2026-03-01 12:00 UTC: every contact in the valid fixture is fresh at this time.
let fixtureNow = Date(timeIntervalSince1970: 1_772_366_400)

/// A copy of the valid fixture in its own temporary directory, to break one thing at a time.
final class PlaybookCopy {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: validFixture, to: url)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(file))
    }

    func read(_ file: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
    }

    /// Replaces text that must be there, so a fixture edit that silently stops matching fails the test.
    func replace(_ file: String, _ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try read(file)
        try #require(text.contains(old), "«\(old)» not in \(file)", sourceLocation: sourceLocation)
        try write(file, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ file: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(file))
    }

    /// Loads the copy. `reapproved` first writes the edited plan's hash into the fixture's approval, as a
    /// coordinator approving each edit would, so a test sees only the problems it made.
    func load(now: Date = fixtureNow, reapproved: Bool = true) -> PlaybookReport {
        if reapproved, let text = try? read("organisasjon.yaml") {
            let approved = text.replacingOccurrences(of: #"hash: "[0-9a-f]*""#, with: "hash: \"\(PlanHash.of(directory: url.path))\"",
                                                     options: .regularExpression)
            try? write("organisasjon.yaml", approved)
        }
        return PlaybookLoader.load(directory: url.path, now: now)
    }
}

/// The single diagnostic of `severity` at `file:line`, checked for column and for the words its message and hint
/// must contain. Fails when there is none, or more than one, at that line.
@discardableResult
func expectDiagnostic(_ report: PlaybookReport, _ severity: Diagnostic.Severity = .error, file: String, line: Int,
                      column: Int? = nil, message: [String], hint: [String] = [],
                      sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    let found = report.diagnostics.filter { $0.severity == severity && $0.file == file && $0.line == line }
    #expect(found.count == 1, "expected one \(severity) at \(file):\(line), got: \(report.diagnostics)",
            sourceLocation: sourceLocation)
    guard let diagnostic = found.first else { return nil }
    if let column {
        #expect(diagnostic.column == column, "\(diagnostic)", sourceLocation: sourceLocation)
    }
    for word in message {
        #expect(diagnostic.message.contains(word), "message lacks «\(word)»: \(diagnostic)", sourceLocation: sourceLocation)
    }
    for word in hint {
        #expect(diagnostic.hint?.contains(word) == true, "hint lacks «\(word)»: \(diagnostic)", sourceLocation: sourceLocation)
    }
    return diagnostic
}
