import Foundation
import Testing

/// Following a procedure from the command line: the checklist for the phase, and ticked steps that name the
/// procedure version they followed.
@Suite struct ChecklistThroughCLITests {
    /// The category's damage-limitation measures (2g) are listed with the checklist, numbered, and ticked by number.
    @Test func aCategoryMeasureIsListedAndTickedByItsNumber() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "Løsepengevirus"]).lastLine
        #expect(try cli.run(["step", id, "--measure", "1"]).stderr.contains("ikke vurdert ennå"))
        try cli.ok(["triage", id, "--system", "lan", "--category", "skadevare", "--severity", "høy", "--consequence", "Filer kryptert"])
        let before = try cli.ok(["checklist", id]).stdout
        #expect(before.contains("Skadebegrensende tiltak (2g) for kategorien «Skadevare og løsepengevirus»"))
        #expect(before.contains("[ ] 1  Isoler berørte maskiner"))
        try cli.ok(["step", id, "--measure", "1"])
        let after = try cli.ok(["checklist", id]).stdout.split(separator: "\n").first { $0.contains("Isoler berørte maskiner") }
        #expect(after?.hasPrefix("  [x] 1") == true && after?.hasSuffix("av \(cli.operatorName)") == true, "\(after ?? "")")
        #expect(try cli.run(["step", id, "--measure", "1"]).stderr.contains("allerede"))
        #expect(try cli.run(["step", id, "--measure", "99"]).status == 1)
        #expect(try cli.run(["step", id]).status == 2, "a step or a measure must be named")
    }

    /// Two procedures that apply together with the same step id: the step is named procedure/step, never guessed (#18).
    @Test func aSharedStepIdIsNamedWithItsProcedure() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.playbooks), to: copy)
        let partial = copy.appendingPathComponent("prosedyrer/epj-delvis-is.yaml")
        let text = try String(contentsOf: partial, encoding: .utf8)
        try text.replacingOccurrences(of: "{id: ed-h1,", with: "{id: eu-h1,").write(to: partial, atomically: true, encoding: .utf8)
        let cli = try CLI()
        let playbooks = ["--playbooks", copy.path]
        try cli.ok(["init"] + playbooks)
        let id = try cli.ok(["open", "--title", "EPJ nede"] + playbooks).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"] + playbooks)
        try cli.ok(["phase", id, "håndteres"] + playbooks)
        let ambiguous = try cli.run(["step", id, "eu-h1"] + playbooks)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("epj-uten-is/eu-h1") && ambiguous.stderr.contains("epj-delvis-is/eu-h1"), "\(ambiguous.stderr)")
        try cli.ok(["step", id, "epj-delvis-is/eu-h1"] + playbooks)
        let json = try cli.ok(["timeline", "--format", "json"]).stdout
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let procedure = try #require((entries.last?["data"] as? [String: Any])?["procedure"] as? [String: Any])
        #expect(procedure["id"] as? String == "epj-delvis-is")
    }

    @Test func aTickedStepRecordsTheProcedureAndTheHashOfItsFile() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        #expect(try cli.ok(["checklist", id]).stdout.contains("vurder hendelsen først"))
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        let checklist = try cli.ok(["checklist", id]).stdout
        #expect(checklist.contains("epj-uten-is"))
        #expect(checklist.contains("[ ] eu-v6"))

        try cli.ok(["step", id, "eu-v6"])
        let ticked = try cli.ok(["checklist", id]).stdout.split(separator: "\n").first { $0.contains("[x] eu-v6") }
        #expect(ticked?.contains("kvittert") == true && ticked?.hasSuffix("av \(cli.operatorName)") == true)
        #expect(try cli.run(["step", id, "eu-v6"]).stderr.contains("allerede kvittert"))
        #expect(try cli.run(["step", id, "finnes-ikke"]).status == 1)

        let json = try cli.ok(["timeline", "--format", "json"]).stdout
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let step = try #require(entries.last?["data"] as? [String: Any])
        let procedure = try #require(step["procedure"] as? [String: Any])
        let expected = try Self.sha256(of: CLI.playbooks + "/prosedyrer/epj-uten-is.yaml")
        #expect(procedure["id"] as? String == "epj-uten-is")
        #expect(procedure["contentHash"] as? String == expected)
    }

    /// The file's SHA-256 as coreutils computes it: a check independent of our own hashing code.
    static func sha256(of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}
