import Foundation
import Glibc
import Testing

/// The real console in tmux when the journal is in trouble: a stopped process holding the lock is shown in the
/// header while the console keeps drawing, a deleted journal stops «lagret», and a terminal that cannot address
/// the cursor gets words instead of one line.
@Suite(.serialized) struct JournalTroubleEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-trouble-\(UUID().uuidString)")

    var global: [String] {
        ["--journal", directory.path, "--exercise", "e2e", "--playbooks", Outage.playbooks, "--operator", "kari"]
    }

    var journalPath: String { directory.appendingPathComponent("ovelser/e2e.jsonl").path }

    /// A journal with one open incident; returns its id.
    func journalWithIncident() throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global).status == 0)
        let opened = try Tmux.output(of: Tmux.binary, ["open", "--title", "Kurve nede på 3B"] + global)
        return try #require(opened.stdout.split(separator: "\n").last.map(String.init))
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aStoppedLockHolderShowsInTheHeaderAndTheConsoleGoesOn() throws {
        _ = try journalWithIncident()
        let tmux = Tmux()
        try tmux.start("a", ["console"] + global)
        try tmux.waitFor("Journal: lagret", in: "a")

        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", "--no-fork", journalPath, "sleep", "600"]
        try holder.run()
        defer { kill(holder.processIdentifier, SIGKILL) }
        // Held once a non-blocking attempt fails; only then stopped.
        while try Tmux.output(of: "/usr/bin/flock", ["--nonblock", "--shared", journalPath, "true"]).status == 0 { usleep(1000) }
        kill(holder.processIdentifier, SIGSTOP)
        let pid = holder.processIdentifier

        try tmux.waitFor("venter, låst av prosess \(pid) (stoppet)", in: "a")
        // Still drawing and taking keys: a log line is refused with who holds the lock, and the text stays.
        try tmux.type("a", "l")
        try tmux.type("a", "Mens journalen er låst")
        try tmux.press("a", "Enter")
        let refused = try tmux.waitFor("Journalen er låst av prosess \(pid) (sleep 600)", in: "a")
        #expect(refused.contains("Mens journalen er låst"))

        kill(pid, SIGKILL)
        try tmux.waitFor("Journal: lagret", in: "a")
        try tmux.press("a", "Enter")
        try tmux.waitFor("lagret nr. 2: Mens journalen er låst", in: "a")
        try tmux.type("a", "q")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aJournalEveryAccountCanReadIsAWarningOnTheScreen() throws {
        _ = try journalWithIncident()
        #expect(chmod(journalPath, 0o644) == 0)
        let tmux = Tmux()
        try tmux.start("a", columns: 140, ["console"] + global)
        let screen = try tmux.waitFor("ADVARSEL: journalen kan leses av alle brukere på maskinen (modus 644)", in: "a")
        #expect(screen.contains("Journal: lagret"), "the console still opens and saves")
        try tmux.type("a", "q")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aDeletedJournalStopsSayingLagret() throws {
        _ = try journalWithIncident()
        let tmux = Tmux()
        try tmux.start("a", ["console"] + global)
        try tmux.waitFor("Journal: lagret", in: "a")
        try FileManager.default.removeItem(at: directory)
        try tmux.waitFor("Journal: IKKE LAGRET, filen er borte", in: "a")
        try tmux.type("a", "l")
        try tmux.type("a", "Skal ikke sies lagret")
        try tmux.press("a", "Enter")
        let screen = try tmux.waitFor("Journalfilen er slettet mens programmet hadde den åpen", in: "a")
        #expect(!screen.contains("lagret nr."))
        try tmux.press("a", "Escape")
        try tmux.type("a", "q")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aDumbTerminalIsToldToUseAFullScreenTerminalOrTheCommandLine() throws {
        _ = try journalWithIncident()
        let tmux = Tmux()
        try tmux.startInShell("a", before: "START", environment: ["TERM=dumb"], ["console"] + global)
        let screen = try tmux.waitFor("AVSLUTTET 1", in: "a")
        #expect(screen.contains("Konsollet trenger en fullskjermsterminal"))
        #expect(screen.contains("TERM=dumb"))
    }
}
