import Foundation
import Testing

/// The command line and the playbooks: lint, and refusing to run on a broken plan.
@Suite struct PlaybooksThroughCLITests {
    /// A copy of the shipped Playbooks with one line of systemer.yaml broken.
    func brokenPlaybooks() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.playbooks), to: copy)
        let systems = copy.appendingPathComponent("systemer.yaml")
        let text = try String(contentsOf: systems, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "depends_on:", with: "depend_on:")
        #expect(broken != text)
        try broken.write(to: systems, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func theShippedPlaybooksLintWithoutErrors() throws {
        let cli = try CLI()
        let result = try cli.run(["lint", CLI.playbooks], global: false)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 feil") || result.stdout.contains("ingen feil"))
    }

    @Test func lintNamesFileLineAndTheNearestKey() throws {
        let cli = try CLI()
        let broken = try brokenPlaybooks()
        let result = try cli.run(["lint", broken.path], global: false)
        #expect(result.status == 1)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("depend_on") })
        #expect(line.contains("systemer.yaml:"), "file:line:column first: \(line)")
        #expect(line.contains("depends_on"), "suggests the valid key: \(line)")
        // The summary follows the diagnostics on standard output, with singular and plural right.
        let summary = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(summary.range(of: #"^\d+ feil, \d+ advars(el|ler) i "#, options: .regularExpression) != nil, "\(summary)")
        #expect(!summary.contains("1 advarsler"))
    }

    @Test func everyCommandRefusesToRunOnBrokenPlaybooksAndPointsAtLint() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let broken = try brokenPlaybooks()
        let result = try cli.run(["open", "--title", "EPJ nede", "--playbooks", broken.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("beredskap lint"))
        #expect(try cli.ok(["timeline"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "nothing was written")
    }
}
