import BeredskapStore
import Foundation
import Testing

/// The real console in tmux with the snapshot beside its journal: quitting writes one, the next start draws from it,
/// and a line changed before it is caught by the check behind the first frame, which turns the console read-only
/// with the usual alarm.
@Suite(.serialized) struct SnapshotEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-snapshot-\(UUID().uuidString)")

    var global: [String] {
        ["--journal", directory.path, "--exercise", "e2e", "--playbooks", Outage.playbooks, "--operator", "kari"]
    }

    var journalPath: String { directory.appendingPathComponent("ovelser/e2e.jsonl").path }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aLineChangedBeforeTheSnapshotTurnsTheConsoleReadOnly() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global).status == 0)
        let opened = try Tmux.output(of: Tmux.binary, ["open", "--title", "Kurve nede på 3B"] + global)
        let incident = try #require(opened.stdout.split(separator: "\n").last.map(String.init))
        for line in 1...5 {
            #expect(try Tmux.output(of: Tmux.binary, ["log", incident, "Logglinje \(line)"] + global).status == 0)
        }
        // Each console runs from a shell that says when it has ended and then stays, so the tmux server (and the
        // next session started on it) outlives it.
        let tmux = Tmux()
        try tmux.startInShell("a", before: "første", ["console"] + global)
        try tmux.waitFor("Journal: lagret", in: "a")
        try tmux.type("a", "q")
        try tmux.waitFor("AVSLUTTET 0", in: "a")
        #expect(FileManager.default.fileExists(atPath: StateSnapshot.path(forJournal: journalPath)), "no snapshot after quitting")

        // Started again, unchanged: drawn from the snapshot, checked, and the whole timeline is there.
        try tmux.startInShell("b", before: "andre", ["console"] + global)
        try tmux.waitFor("Journal: lagret · Operatør", in: "b")
        try tmux.type("b", "t")
        try tmux.waitFor("Logglinje 1", in: "b")
        try tmux.type("b", "q")
        try tmux.waitFor("AVSLUTTET 0", in: "b")

        // One byte changed in the line that opened the incident, well before the snapshot's line.
        let file = URL(fileURLWithPath: journalPath)
        var bytes = try Data(contentsOf: file)
        let title = try #require(bytes.firstRange(of: Data("Kurve nede".utf8)))
        bytes[title.lowerBound] = UInt8(ascii: "k")
        try bytes.write(to: file)
        try tmux.start("c", ["console"] + global)
        let alarm = try tmux.waitFor("Journalen er skrivebeskyttet fordi den er skadet ved nr. 1", in: "c")
        #expect(alarm.contains("Journal: skrivebeskyttet"))
        try tmux.type("c", "q")
    }
}
