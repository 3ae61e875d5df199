import Foundation
import PostgresScratch
import Testing

/// `beredskap region console` in tmux against a real PostgreSQL server: a hospital that syncs from another process
/// appears on screen by the sync's NOTIFY alone (the periodic re-read is set to an hour), a stopped server shows
/// «frakoblet» with the last picture kept, a started one «tilkoblet» and fresh rows, and q leaves the terminal as
/// it was. The hospital console's Region screen with `--sync` shows the other hospitals the same way.
@Suite(.serialized) struct RegionConsoleEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-regionskjerm-\(UUID().uuidString)")

    /// A hospital of its own: a journal directory and the demo playbooks under the hospital's name.
    private func hospital(_ name: String) throws -> [String] {
        let home = directory.appendingPathComponent(name.replacingOccurrences(of: " ", with: "-"))
        let playbooks = home.appendingPathComponent("Playbooks")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Outage.playbooks, toPath: playbooks.path)
        let file = playbooks.appendingPathComponent("organisasjon.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: #"(?m)^name: .*$"#, with: "name: \"\(name)\"", options: .regularExpression)
            .write(to: file, atomically: true, encoding: .utf8)
        let global = ["--journal", home.appendingPathComponent("journal").path, "--playbooks", playbooks.path, "--operator", "kari"]
        try FileManager.default.createDirectory(at: home.appendingPathComponent("journal"), withIntermediateDirectories: true)
        try beredskap(["init"] + global)
        return global
    }

    @discardableResult
    private func beredskap(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try Tmux.beredskap(arguments, sourceLocation: sourceLocation)
    }

    /// A fresh regional database with the schema, on the test's own throwaway cluster.
    private func region(_ cluster: ScratchCluster) throws -> String {
        let conninfo = try cluster.newDatabase()
        try beredskap(["region", "init", conninfo])
        return conninfo
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func rowsArriveByNotificationThroughAStoppedServer() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        defer { try? FileManager.default.removeItem(at: directory) }
        let conninfo = try region(cluster)
        let a = try hospital("Sykehus Alfa")
        try beredskap(["open", "--title", "EPJ utilgjengelig"] + a)
        try beredskap(["sync", conninfo] + a)

        let tmux = Tmux()
        try tmux.startInShell("region", before: "FØR-REGIONEN", ["region", "console", conninfo, "--refresh", "3600"])
        try tmux.waitFor("Sykehus Alfa", in: "region")
        try tmux.waitFor("tilkoblet", in: "region")
        #expect(try tmux.display("region", "#{alternate_on}") == "1")

        // Another process syncs a second hospital: only the sync's NOTIFY can bring it before the hour is up.
        let b = try hospital("Sykehus Beta")
        try beredskap(["sync", conninfo] + b)
        let both = try tmux.waitFor("Sykehus Beta", in: "region")
        #expect(both.contains("2 sykehus"), "\(both)")

        try cluster.stop()
        let offline = try tmux.waitFor("frakoblet siden", in: "region")
        #expect(offline.contains("prøver igjen") && offline.contains("KAN VÆRE UTDATERT"), "\(offline)")
        #expect(offline.contains("Sykehus Alfa") && offline.contains("Sykehus Beta"), "the last picture stays: \(offline)")
        // The keys still work while the server is gone.
        try tmux.type("region", "?")
        try tmux.waitFor("Hjelp: regionens bilde", in: "region")
        try tmux.press("region", "Escape")

        try cluster.start()
        try tmux.waitFor("tilkoblet", in: "region")
        let c = try hospital("Sykehus Gamma")
        try beredskap(["sync", conninfo] + c)
        let fresh = try tmux.waitFor("Sykehus Gamma", in: "region")
        #expect(fresh.contains("3 sykehus"), "\(fresh)")

        try tmux.type("region", "q")
        let after = try tmux.waitFor("AVSLUTTET 0", in: "region")
        #expect(after.contains("FØR-REGIONEN") && !after.contains("REGIONENS BEREDSKAPSBILDE"), "\(after)")
        #expect(try tmux.display("region", "#{alternate_on}") == "0")
    }

    /// A server that never answers: the screen says so and keeps trying, the keys work, and a hangup (a closed SSH
    /// session) leaves the terminal as it was.
    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func noServerAtAllAndAHangup() throws {
        let tmux = Tmux()
        try tmux.startInShell("borte", before: "FØR-REGIONEN", ["region", "console", "host=/nonexistent-socket-dir dbname=x", "--exercise"])
        let screen = try tmux.waitFor("frakoblet siden", in: "borte")
        #expect(screen.contains("Fikk ikke kontakt med regionens database; prøver igjen i bakgrunnen."), "\(screen)")
        #expect(screen.contains("ØVELSE"), "\(screen)")
        try tmux.type("borte", "?")
        try tmux.waitFor("Hjelp: regionens bilde", in: "borte")
        let shell = try tmux.display("borte", "#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let console = try #require(children.split(separator: " ").first.flatMap { pid_t($0) })
        kill(console, SIGHUP)
        let after = try tmux.waitFor("AVSLUTTET 129", in: "borte")
        #expect(after.contains("FØR-REGIONEN") && !after.contains("REGIONENS BEREDSKAPSBILDE"), "\(after)")
        #expect(try tmux.display("borte", "#{alternate_on}") == "0")
    }

    /// `console --sync`: R shows every hospital in the region, this one included, and another hospital's sync
    /// appears there while the console runs.
    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func theHospitalConsoleShowsTheRegionWithSync() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        defer { try? FileManager.default.removeItem(at: directory) }
        let conninfo = try region(cluster)
        let a = try hospital("Sykehus Alfa")
        let b = try hospital("Sykehus Beta")
        let incident = try #require(try beredskap(["open", "--title", "Labsystem nede"] + b).split(separator: "\n").last.map(String.init))
        try beredskap(["sync", conninfo] + b)

        let tmux = Tmux()
        try tmux.start("a", columns: 132, rows: 43, ["console", "--sync", conninfo] + a)
        try tmux.waitFor("region: synket til nr. 0", in: "a")
        try tmux.type("a", "R")
        try tmux.waitFor("2 sykehus", in: "a")
        let region = try tmux.waitFor("Sykehus Beta", in: "a")
        #expect(region.contains("Sykehus Alfa"), "\(region)")

        try beredskap(["level", "gul", "--reason", "Labsystem nede i flere timer", "--incident", incident, "--on-behalf-of", "Anne Bakvakt"] + b)
        try beredskap(["sync", conninfo] + b)
        try tmux.waitFor("GUL siden", in: "a")
        try tmux.type("a", "q")
    }
}
