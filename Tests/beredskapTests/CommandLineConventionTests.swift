import ArgumentParser
import Foundation
import Testing
@testable import beredskap

/// The conventions of a Unix tool: global options before or after the subcommand, `--version` from one place,
/// `--json` for scripts.
@Suite struct CommandLineConventionTests {
    @Test func globalOptionsBeforeTheSubcommandReachIt() throws {
        let initCommand = try InProcess.parse(["--journal", "/tmp/j", "--operator", "ola", "init"], as: InitCommand.self)
        #expect(initCommand.global.journal == "/tmp/j")
        #expect(try initCommand.global.operatorName.rawValue == "ola")

        let list = try InProcess.parse(["--journal=/tmp/j", "--exercise", "natt", "avvik", "list", "--json"], as: AvvikListCommand.self)
        #expect((list.global.journal, list.global.exercise, list.json) == ("/tmp/j", "natt", true))

        // Written again after the subcommand, the later one wins, as for any repeated option.
        let status = try InProcess.parse(["--journal", "/tmp/a", "status", "--journal", "/tmp/b"], as: StatusCommand.self)
        #expect(status.global.journal == "/tmp/b")

        // Without a subcommand they stay with the console, the default.
        #expect(try InProcess.parse(["--exercise", "natt"], as: ConsoleCommand.self).global.exercise == "natt")
        #expect(LeadingOptions.moved(["--playbooks", "P", "print", "binder", "-o", "b.pdf"])
            == ["print", "binder", "--playbooks", "P", "-o", "b.pdf"])
    }

    @Test func theBinaryTakesGlobalOptionsFirstAndTellsItsVersion() throws {
        let cli = try CLI()
        let created = try cli.run(["--journal", cli.directory.path, "--operator", "kari", "init"], global: false)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.journalPath))
        let status = try cli.run(["--journal", cli.directory.path, "--playbooks", CLI.playbooks, "status", "--json"], global: false)
        #expect(status.status == 0, "\(status.stderr)")

        let version = try cli.run(["--version"], global: false)
        #expect(version.status == 0)
        #expect(version.stdout == Version.current + "\n")
    }

    @Test func readCommandsWriteJSONForScripts() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine

        let verify = try cli.ok(["verify", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["ok"] as? Bool == true)
        #expect(report["count"] as? Int == 1)
        #expect((report["seal"] as? String)?.hasPrefix("1-") == true)

        let lint = try cli.run(["lint", CLI.playbooks, "--json", "--journal", cli.directory.path], global: false)
        #expect(lint.status == 0, "\(lint.stderr)")
        let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        #expect(diagnostics["errors"] as? Int == 0)
        #expect(diagnostics["directory"] as? String == CLI.playbooks)

        for list in [["avvik", "list"], ["action", "list"], ["message", "list", id]] {
            let none = try cli.ok(list + ["--json"])
            #expect(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [Any] != nil, "\(list)")
        }
    }

    @Test func lintJSONCarriesEveryErrorWithItsPlaceAndTheExitCode() throws {
        let cli = try CLI()
        let broken = cli.directory.appendingPathComponent("Playbooks")
        try FileManager.default.copyItem(atPath: CLI.playbooks, toPath: broken.path)
        try "navn: [\n".write(to: broken.appendingPathComponent("organisasjon.yaml"), atomically: true, encoding: .utf8)
        let lint = try cli.run(["lint", broken.path, "--json", "--journal", cli.directory.path], global: false)
        #expect(lint.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        let first = try #require((report["diagnostics"] as? [[String: Any]])?.first { $0["severity"] as? String == "feil" })
        #expect(first["file"] as? String == "organisasjon.yaml")
        #expect(first["line"] as? Int ?? 0 > 0)
        #expect((report["errors"] as? Int ?? 0) >= 1)
    }
}
