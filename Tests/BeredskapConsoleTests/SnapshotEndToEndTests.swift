import BeredskapStore
import Foundation
import Glibc
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

    /// Waits, a bounded while, for the console that was told to quit to have written its snapshot.
    func waitForSnapshot(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = StateSnapshot.path(forJournal: journalPath)
        for _ in 0..<2000 where !FileManager.default.fileExists(atPath: path) { usleep(5000) }
        #expect(FileManager.default.fileExists(atPath: path), "no snapshot after quitting", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aLineChangedBeforeTheSnapshotTurnsTheConsoleReadOnly() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global).status == 0)
        let opened = try Tmux.output(of: Tmux.binary, ["open", "--title", "Kurve nede på 3B"] + global)
        let incident = try #require(opened.stdout.split(separator: "\n").last.map(String.init))
        for line in 1...5 {
            #expect(try Tmux.output(of: Tmux.binary, ["log", incident, "Logglinje \(line)"] + global).status == 0)
        }
        let tmux = Tmux()
        try tmux.start("a", ["console"] + global)
        try tmux.waitFor("Journal: lagret", in: "a")
        try tmux.type("a", "q")
        try waitForSnapshot()

        // Started again, unchanged: drawn from the snapshot, checked, and the whole timeline is there.
        try tmux.start("b", ["console"] + global)
        try tmux.waitFor("Journal: lagret · Operatør", in: "b")
        try tmux.type("b", "t")
        try tmux.waitFor("Logglinje 1", in: "b")
        try tmux.type("b", "q")

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
