import Foundation
import Glibc
import Testing
@testable import beredskap

/// Several staff on one host: `setup --shared` as root, then two real accounts (made here with useradd, removed
/// after) writing one journal, each line naming the account that wrote it. Needs root, as CI runs it.
@Suite(.serialized) struct SharedHostTests {
    /// A throwaway account in the group `beredskap`.
    struct Account {
        let name = "bt" + UUID().uuidString.prefix(8).lowercased()

        init() throws {
            let added = try Tool.run("useradd", ["--create-home", "--groups", SharedJournalDirectory.group, "--shell", "/bin/sh", name])
            #expect(added.status == 0, "useradd: \(added.stderr)")
        }

        func remove() throws { try Tool.run("userdel", ["--remove", name]) }

        /// `beredskap ARGS` run as this account (its own uid and gid, its groups from /etc/group, its own HOME as a
        /// login gives it).
        func beredskap(_ arguments: [String]) throws -> CLI.Result {
            try Tool.run("setpriv", ["--reuid", name, "--regid", name, "--init-groups", "--reset-env", CLI.binary.path] + arguments)
        }
    }

    private static func mode(_ path: String) -> (mode: UInt32, gid: gid_t) {
        var info = stat()
        #expect(stat(path, &info) == 0, "stat \(path)")
        return (UInt32(info.st_mode) & 0o7777, info.st_gid)
    }

    @Test func twoAccountsWriteOneSharedJournalEachLineNamingItsAccount() throws {
        try #require(getuid() == 0, "creating a group and accounts needs root, as in CI")
        let groupExisted = getgrnam(SharedJournalDirectory.group) != nil
        let cli = try CLI()
        let shared = cli.directory.appendingPathComponent("shared").path
        let setup = try cli.run(["setup", "--shared", "--journal", shared], global: false)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(setup.stdout.contains("Opprettet journalmappen \(shared) med eier root:beredskap og modus 2770 (setgid)."), "\(setup.stdout)")
        #expect(setup.stdout.contains(groupExisted ? "Gruppen beredskap fantes fra før." : "Opprettet gruppen beredskap."))
        let group = try #require(getgrnam(SharedJournalDirectory.group)).pointee.gr_gid
        #expect(Self.mode(shared) == (0o2770, group))

        let anne = try Account()
        let bjorn = try Account()
        defer {
            try? anne.remove()
            try? bjorn.remove()
            if !groupExisted { _ = try? Tool.run("groupdel", [SharedJournalDirectory.group]) }
        }
        let global = ["--journal", shared, "--playbooks", CLI.playbooks]
        let created = try anne.beredskap(global + ["--operator", "Anne", "init"])
        #expect(created.status == 0, "\(created.stderr)")
        let opened = try anne.beredskap(global + ["--operator", "Anne", "open", "--title", "EPJ nede"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let logged = try bjorn.beredskap(global + ["--operator", "Bjørn", "open", "--title", "Lab nede"])
        #expect(logged.status == 0, "\(logged.stderr)")

        let journal = shared + "/beredskap.jsonl"
        #expect(Self.mode(journal) == (0o660, group), "the group may append, nobody else may read")
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").dropFirst()
        let accounts = try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["acct"] as? String)
        }
        #expect(accounts == [anne.name, bjorn.name])

        // Only root may make a shared directory; anyone else is told what to type.
        let refused = try anne.beredskap(["setup", "--shared", "--journal", shared + "-2"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("må kjøres som root") && refused.stderr.contains("sudo beredskap setup --shared"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: shared + "-2"))
    }

    @Test func aJournalEveryAccountCanReadIsAWarningOnEveryCommand() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        #expect(!(try cli.ok(["status"]).stderr.contains("ADVARSEL")))
        #expect(chmod(cli.journalPath, 0o644) == 0)
        let status = try cli.ok(["status"])
        #expect(status.stderr.contains("ADVARSEL: journalen kan leses av alle brukere på maskinen (modus 644): \(cli.journalPath)."),
                "\(status.stderr)")
        #expect(status.stderr.contains("chmod 600"))
    }

    @Test func setupCopiesTheExampleOrganisationAsAStartingPoint() throws {
        let cli = try CLI()
        let organisation = cli.directory.appendingPathComponent("org/Playbooks").path
        // From a source tree the example is ./Playbooks (the package test checks the installed one).
        let repository = URL(fileURLWithPath: CLI.playbooks).deletingLastPathComponent()
        let result = try Tool.run(CLI.binary.path, ["setup", "--organisation", organisation], directory: repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kopierte eksempelorganisasjonen fra Playbooks til \(organisation)"), "\(result.stdout)")
        let lint = try cli.run(["lint", organisation, "--journal", cli.directory.path], global: false)
        #expect(lint.status == 0, "the copy lints without errors: \(lint.stdout)")
        let again = try Tool.run(CLI.binary.path, ["setup", "--organisation", organisation], directory: repository)
        #expect(again.status == 1 && again.stderr.contains("finnes og er ikke tom"), "\(again.stderr)")
    }
}
