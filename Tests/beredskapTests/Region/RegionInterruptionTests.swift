import BeredskapRegion
import Foundation
import PostgresScratch
import Testing

/// A sync cut off in the middle of a batch (the server stopped, the process killed) and run again: the region
/// keeps whole batches only, and the next sync sends the rest with nothing lost or doubled.
///
/// To be sure the cut falls inside a batch, another connection holds an uncommitted copy of one line of that batch
/// (inserted with triggers off), so the sync's COPY waits on that row with the lines before it already inserted in
/// its transaction; the test waits for exactly that wait before it cuts.
@Suite(.regionServer, .serialized) struct RegionInterruptionTests {
    private static let batch = 10
    /// The line held back: inside the third batch (seqs 20-29).
    private static let heldSeq = 25

    private struct Setup {
        let cluster: ScratchCluster
        let conninfo: String
        let database: String
        let hospital: Hospital
        let blocker: RegionConnection
    }

    private func setUp() throws -> Setup {
        let cluster = try RegionServer.cluster
        let conninfo = try cluster.newDatabase()
        let database = try #require(conninfo.split(separator: "=").last.map(String.init))
        try RegionSchema.migrate(try RegionConnection(conninfo))
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        for n in 0..<30 { try hospital.cli.ok(["log", id, "Runde \(n)"]) }
        let line = try hospital.lines()[Self.heldSeq]
        let blocker = try RegionConnection(conninfo)
        try blocker.execute("BEGIN")
        try blocker.execute("SET LOCAL session_replication_role = replica")
        try blocker.insertLine(line, seq: Self.heldSeq, journal: try hospital.journalID)
        return Setup(cluster: cluster, conninfo: conninfo, database: database, hospital: hospital, blocker: blocker)
    }

    /// Waits until a backend waits for a lock (the sync's COPY on the held row) and returns its pid.
    private func waitForTheSyncToWait(_ setup: Setup) throws -> Int {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let pid = try setup.cluster.psql("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'COPY%'",
                                             database: setup.database)
            if let found = Int(pid.trimmingCharacters(in: .whitespacesAndNewlines)) { return found }
            usleep(20_000)
        }
        throw ScratchCluster.Failure(description: "the sync never reached the held line")
    }

    private func regionCount(_ setup: Setup) throws -> Int {
        Int(try setup.cluster.psql("SELECT count(*) FROM beredskap_real.lines", database: setup.database)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    private func expectWholeAndExact(_ setup: Setup) throws {
        let again = try setup.hospital.sync(setup.conninfo, batch: Self.batch)
        #expect(again.status == 0, "\(again.stderr)")
        let lines = try setup.hospital.lines()
        #expect(again.stdout.contains("Regionen hadde til nr. \(Self.heldSeq / Self.batch * Self.batch - 1); "
            + "\(lines.count - Self.heldSeq / Self.batch * Self.batch) linjer sendt"), "\(again.stdout)")
        let stored = try setup.cluster.psql("SELECT encode(line, 'hex') FROM beredskap_real.lines ORDER BY seq", database: setup.database)
        #expect(stored.split(separator: "\n").map(String.init) == lines.map { $0.map { String(format: "%02x", $0) }.joined() })
    }

    @Test func theServerStoppedMidBatchLeavesWholeBatchesAndTheNextSyncSendsTheRest() throws {
        let setup = try setUp()
        let sync = try setup.hospital.cli.start(["sync", setup.conninfo, "--batch", String(Self.batch)])
        _ = try waitForTheSyncToWait(setup)
        try setup.cluster.stop(immediate: true)
        let cut = sync.finish()
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("Forbindelsen til regionens database ble brutt"), "\(cut.stderr)")
        #expect(!cut.stderr.contains("WARNING"), "libpq's notices are not passed through: \(cut.stderr)")
        try setup.cluster.start()
        #expect(try regionCount(setup) == Self.heldSeq / Self.batch * Self.batch, "the first two batches, nothing of the third")
        try expectWholeAndExact(setup)
    }

    @Test func theProcessKilledMidBatchLeavesWholeBatchesAndTheNextSyncSendsTheRest() throws {
        let setup = try setUp()
        let sync = try setup.hospital.cli.start(["sync", setup.conninfo, "--batch", String(Self.batch)])
        let backend = try waitForTheSyncToWait(setup)
        kill(sync.process.processIdentifier, SIGKILL)
        _ = sync.finish()
        try setup.blocker.execute("ROLLBACK")
        // The killed client's backend finds its socket closed and rolls its transaction back.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline,
              try setup.cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE pid = \(backend)").hasPrefix("1") {
            usleep(20_000)
        }
        #expect(try regionCount(setup) == Self.heldSeq / Self.batch * Self.batch, "the first two batches, nothing of the third")
        try expectWholeAndExact(setup)
    }
}
