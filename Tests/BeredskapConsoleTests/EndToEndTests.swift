import Foundation
import Testing

/// The real binary in tmux: open an incident, write a log line, see it saved on screen and in the journal,
/// see it from a second terminal without a key pressed there, and relayout on resize.
@Suite(.serialized) struct EndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-e2e-\(UUID().uuidString)")

    func global(_ operatorName: String) -> [String] {
        ["--journal", directory.path, "--exercise", "e2e", "--playbooks", Outage.playbooks, "--operator", operatorName]
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func outageFromTwoTerminals() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try beredskap(["init"] + global("kari")).status == 0)
        let tmux = Tmux()
        try tmux.start("a", ["console"] + global("kari"))
        try tmux.waitFor("BEREDSKAPSNIVÅ NORMAL DRIFT", in: "a")
        try tmux.waitFor("ØVELSE", in: "a")

        try tmux.type("a", "n")
        try tmux.waitFor("Ny hendelse, hva er nede?", in: "a")
        try tmux.type("a", "Kurve nede på 3B")
        try tmux.press("a", "Enter")
        try tmux.waitFor("fase: oppdaget", in: "a")

        try tmux.type("a", "l")
        try tmux.type("a", "Første logglinje: æøå ÆØÅ")
        try tmux.press("a", "Enter")
        try tmux.waitFor("lagret nr. 2: Første logglinje: æøå ÆØÅ", in: "a")
        #expect(try beredskap(["timeline"] + global("kari")).stdout.contains("Første logglinje: æøå ÆØÅ"))

        try tmux.start("b", ["console"] + global("ola"))
        try tmux.waitFor("Kurve nede på 3B", in: "b")
        try tmux.type("b", "t")
        try tmux.waitFor("Første logglinje: æøå ÆØÅ", in: "b")
        try tmux.type("a", "l")
        try tmux.type("a", "Fra terminal A")
        try tmux.press("a", "Enter")
        try tmux.waitFor("lagret nr. 3", in: "a")
        try tmux.waitFor("Fra terminal A", in: "b")

        try tmux.resize("a", columns: 60, rows: 20)
        try tmux.waitFor("Terminalen er for liten (60x20)", in: "a")
        try tmux.resize("a", columns: 132, rows: 43)
        let wide = try tmux.waitFor("Hva nå?", in: "a")
        #expect(wide.split(separator: "\n").contains { $0.count > 100 })

        try tmux.type("a", "q")
        try tmux.type("b", "q")
        #expect(try beredskap(["verify"] + global("kari")).status == 0)
    }

    /// The demo in colour, then with NO_COLOR: the level is a word either way, and colour is dropped for reverse video.
    /// In the C locale æøå still come out right (the console falls back to C.UTF-8).
    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func demoInColourAndWithout() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let options = ["--journal", directory.path, "--playbooks", Outage.playbooks, "--operator", "kari", "--demo"]
        let tmux = Tmux()
        try tmux.start("farge", options)
        try tmux.waitFor("BEREDSKAPSNIVÅ GUL", in: "farge")
        let colour = try tmux.styledScreen("farge")
        #expect(colour.contains("43m"), "yellow background on the banner: \(colour.prefix(200).debugDescription)")
        try tmux.start("mono", environment: ["NO_COLOR=1"], options)
        try tmux.waitFor("BEREDSKAPSNIVÅ GUL", in: "mono")
        let mono = try tmux.styledScreen("mono")
        #expect(!mono.contains("43m"))
        #expect(mono.contains("\u{1B}[1m\u{1B}[7m") || mono.contains("\u{1B}[7m\u{1B}[1m") || mono.contains("[1;7m") || mono.contains("[7;1m"),
                "bold reverse banner")
        try tmux.start("c-locale", environment: ["LANG=C", "LC_ALL=C"], options)
        try tmux.waitFor("BEREDSKAPSNIVÅ GUL   ØVELSE", in: "c-locale")
        try tmux.type("farge", "q")
        try tmux.type("mono", "q")
        try tmux.type("c-locale", "q")
    }

    /// Killed (SIGTERM, as a closing SSH session or a shutdown does): the terminal is back on the shell's screen.
    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func killedConsoleRestoresTheTerminal() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tmux = Tmux()
        try tmux.startInShell("drept", before: "FØR-KONSOLLET",
                              ["--journal", directory.path, "--playbooks", Outage.playbooks, "--operator", "kari", "--demo"])
        try tmux.waitFor("BEREDSKAPSNIVÅ GUL", in: "drept")
        #expect(try tmux.display("drept", "#{alternate_on}") == "1")
        let shell = try tmux.display("drept", "#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let console = try #require(children.split(separator: " ").first.flatMap { pid_t($0) })
        kill(console, SIGTERM)
        let screen = try tmux.waitFor("AVSLUTTET 143", in: "drept")
        #expect(screen.contains("FØR-KONSOLLET"))
        #expect(!screen.contains("BEREDSKAPSNIVÅ"))
        #expect(try tmux.display("drept", "#{alternate_on}") == "0")
    }

    private func beredskap(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        try Tmux.output(of: Tmux.binary, arguments)
    }
}
