import Foundation
import Testing

/// Text from playbooks, the journal and the command line is data: no control character from it reaches the
/// terminal, on standard output or standard error (issue #13).
@Suite struct HostileTextThroughCLITests {
    /// Window title, clipboard write (OSC 52), clear screen and a C1 CSI: what a hostile file would carry.
    static let hostile = "\u{1B}]0;KAPRET\u{07}\u{1B}]52;c;a2FwcmV0\u{07}\u{1B}[2J\u{9B}31m"
    /// The same sequences as YAML double-quoted escapes.
    static let hostileYAML = #"\e]0;KAPRET\a\e]52;c;a2FwcmV0\a\e[2J\x9b31m"#

    /// Fails when the output holds a control character other than a line break (or CSV's CR before one).
    static func expectInert(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            let raw = lines.flatMap { line in line.last == "\r" ? line.dropLast() : line[...] }.filter { scalar in
                (0x00...0x1F).contains(scalar.value) || (0x7F...0x9F).contains(scalar.value)
            }
            #expect(raw.isEmpty, "\(name) carries control characters \(raw.map { String($0.value, radix: 16) })",
                    sourceLocation: sourceLocation)
        }
    }

    /// A copy of the shipped Playbooks with an unknown key and a contact's name carrying the escape sequences.
    func hostilePlaybooks() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.playbooks), to: copy)
        try replace(in: copy.appendingPathComponent("systemer.yaml"), "depends_on: []", with: "\"depends_on\(Self.hostileYAML)\": []")
        try replace(in: copy.appendingPathComponent("kontakter.yaml"), "name: \"Ola Nordmann\"", with: "name: \"Ola \(Self.hostileYAML)\"")
        return copy
    }

    private func replace(in file: URL, _ old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: old))
        try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func lintAndEveryCommandThatReportsAPlaybookProblemShowTheSequencesInert() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let playbooks = try hostilePlaybooks()
        let lint = try cli.run(["lint", playbooks.path], global: false)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("depends_on␛]0;KAPRET"), "the key is named, inert: \(lint.stdout)")
        Self.expectInert(lint)
        let open = try cli.run(["open", "--title", "EPJ nede", "--playbooks", playbooks.path])
        #expect(open.status == 1)
        #expect(open.stderr.contains("␛]52;c;a2FwcmV0"), "the first error is quoted, inert: \(open.stderr)")
        Self.expectInert(open)
    }

    @Test func journalTextAndEchoedArgumentsAreInert() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let open = try cli.ok(["open", "--title", "EPJ nede \(Self.hostile)"])
        Self.expectInert(open)
        #expect(open.stdout.contains("EPJ nede ␛]0;KAPRET"), "\(open.stdout)")
        let id = open.lastLine
        Self.expectInert(try cli.ok(["log", id, "Linje \(Self.hostile)\nto"]))
        for format in ["text", "csv", "md", "json"] {
            Self.expectInert(try cli.ok(["timeline", "--format", format]))
        }
        Self.expectInert(try cli.ok(["status"]))
        Self.expectInert(try cli.ok(["next"]))
        Self.expectInert(try cli.ok(["report", "--format", "md", "--from", "2000-01-01", "--to", "2100-12-31"]))
        let unknownOption = try cli.run(["status", "--farge\(Self.hostile)"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("␛]0;KAPRET"), "\(unknownOption.stderr)")
        Self.expectInert(unknownOption)
        let unknownIncident = try cli.run(["log", "H-\(Self.hostile)", "tekst"])
        #expect(unknownIncident.status != 0)
        Self.expectInert(unknownIncident)
    }

    @Test func markdownExportsEscapeMarkdownAndHTMLInData() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ <img src=x onerror=alert(1)> nede"]).lastLine
        try cli.ok(["log", id, "Se [her](javascript:alert(1)) | *viktig* `kode`"])
        let timeline = try cli.ok(["timeline", "--format", "md"]).stdout
        #expect(timeline.contains(#"Se \[her\](javascript:alert(1)) \| \*viktig\* \`kode\`"#), "\(timeline)")
        let exports = [timeline, try cli.ok(["after-action", id]).stdout,
                       try cli.ok(["report", "--format", "md", "--from", "2000-01-01", "--to", "2100-12-31"]).stdout]
        for export in exports.prefix(2) {
            #expect(export.contains("EPJ &lt;img src=x onerror=alert(1)&gt; nede"), "\(export)")
        }
        for export in exports {
            #expect(!export.contains("<img"))
            #expect(!export.contains("[her]"), "no link text: \(export)")
        }
    }
}
