import BeredskapStore
import Foundation
import Testing
@testable import beredskap

/// Where things live: the playbooks' search order, one person's journal directory and the host's shared one.
@Suite struct LocationTests {
    @Test func playbooksAreFoundInTheDocumentedOrder() {
        let environment = ["HOME": "/home/kari", "XDG_CONFIG_HOME": "/cfg"]
        #expect(PlaybookLocation.searched(environment: environment)
            == ["Playbooks", "/cfg/beredskap/playbooks", "/etc/beredskap/playbooks"])
        #expect(PlaybookLocation.searched(environment: ["HOME": "/home/kari"])[1] == "/home/kari/.config/beredskap/playbooks")

        // The variable wins over every directory; then the first directory that exists.
        var present: Set<String> = ["Playbooks", "/cfg/beredskap/playbooks", "/etc/beredskap/playbooks"]
        #expect(PlaybookLocation.standard(environment: environment.merging(["BEREDSKAP_PLAYBOOKS": "/srv/plan"]) { $1 },
                                          exists: present.contains) == "/srv/plan")
        #expect(PlaybookLocation.standard(environment: environment, exists: present.contains) == "Playbooks")
        present.remove("Playbooks")
        #expect(PlaybookLocation.standard(environment: environment, exists: present.contains) == "/cfg/beredskap/playbooks")
        present.remove("/cfg/beredskap/playbooks")
        #expect(PlaybookLocation.standard(environment: environment, exists: present.contains) == "/etc/beredskap/playbooks")
        // None there: ./Playbooks, which the loader then reports missing.
        #expect(PlaybookLocation.standard(environment: environment, exists: { _ in false }) == "Playbooks")
    }

    @Test func theHostsSharedDirectoryIsTheJournalsWhenItExists() throws {
        let cli = try CLI()
        let shared = cli.directory.appendingPathComponent("var-lib-beredskap").path
        let environment = ["HOME": "/home/kari", "XDG_DATA_HOME": "/data"]
        #expect(JournalLocation.standard(environment: environment, shared: shared).directory == "/data/beredskap")
        #expect(JournalLocation.standard(environment: ["HOME": "/home/kari"], shared: shared).directory
            == "/home/kari/.local/share/beredskap")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        #expect(JournalLocation.standard(environment: environment, shared: shared).directory == shared)
    }
}
