import Foundation
import PostgresScratch
import Testing

/// `beredskap console --sync` in tmux against a real PostgreSQL server that is stopped and started again: the
/// header follows the link («synket til nr. N», «frakoblet siden HH:MM», synket again) and the console keeps
/// taking keys while the server is gone.
@Suite(.serialized) struct RegionSyncEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-region-\(UUID().uuidString)")

    var global: [String] { ["--journal", directory.path, "--playbooks", Outage.playbooks, "--operator", "kari"] }

    private func beredskap(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try Tmux.beredskap(arguments, sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func theHeaderFollowsTheRegionThroughAStoppedServer() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        let conninfo = try cluster.newDatabase()
        _ = try beredskap(["region", "init", conninfo])
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try beredskap(["init"] + global)

        let tmux = Tmux()
        try tmux.start("a", ["console", "--sync", conninfo] + global)
        try tmux.waitFor("region: synket til nr. 0", in: "a")
        // Another terminal writes: the worker sees the file grow.
        let id = try #require(try beredskap(["open", "--title", "EPJ nede"] + global).split(separator: "\n").last.map(String.init))
        try tmux.waitFor("region: synket til nr. 1", in: "a")

        try cluster.stop()
        _ = try beredskap(["log", id, "Mens regionen er borte"] + global)
        let offline = try tmux.waitFor("region: frakoblet siden", in: "a")
        #expect(offline.range(of: #"region: frakoblet siden \d\d:\d\d"#, options: .regularExpression) != nil, "\(offline)")
        // The key loop goes on: the help overlay opens and closes while the server is down.
        try tmux.type("a", "?")
        try tmux.waitFor("Hjelp: taster på", in: "a")
        try tmux.press("a", "Escape")

        try cluster.start()
        try tmux.waitFor("region: synket til nr. 2", in: "a")
        try tmux.type("a", "q")
    }
}
