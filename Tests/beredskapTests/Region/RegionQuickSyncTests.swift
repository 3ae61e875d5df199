import BeredskapCore
import BeredskapJournal
import BeredskapPlaybooks
import BeredskapRegion
import BeredskapStore
import Foundation
import PostgresScratch
import Testing

/// The console's quick sync (`console --sync`): the region's head first, then only the new lines with the state the
/// console already holds; anything it cannot vouch for is left to the full sync.
@Suite(.regionServer) struct RegionQuickSyncTests {
    private func region() throws -> (database: String, conninfo: String) {
        let conninfo = try RegionServer.cluster.newDatabase()
        try RegionSchema.migrate(try RegionConnection(conninfo))
        return (try #require(conninfo.split(separator: "=").last.map(String.init)), conninfo)
    }

    /// The journal read the way the console holds it: verified and replayed under the hospital's playbooks.
    private func replayed(_ hospital: Hospital) throws -> RegionSync.Replayed {
        let organisation = try #require(PlaybookLoader.load(directory: hospital.cli.playbooksDirectory, now: Date()).organisation)
        let store = try IncidentStore.read(path: hospital.cli.journalPath, organisation: organisation)
        return RegionSync.Replayed(state: store.state, seq: store.seal.seq)
    }

    private func psql(_ sql: String, _ database: String) throws -> String {
        try RegionServer.cluster.psql(sql, database: database).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func withNothingNewOnlyTheSyncTimeMoves() throws {
        let (database, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        try hospital.outage(day: "2026-03-02", minutes: 90)
        #expect(try hospital.sync(conninfo).status == 0)
        let head = try hospital.lines().count - 1
        let before = try psql("SELECT last_sync FROM beredskap_real.journals", database)

        let outcome = try #require(try RegionSync.quickly(path: hospital.cli.journalPath, replayed: try replayed(hospital),
                                                          connection: try RegionConnection(conninfo)))
        #expect(outcome.linesSent == 0 && outcome.head == head && outcome.regionHeadBefore == head)
        #expect(try psql("SELECT count(*) FROM beredskap_real.lines", database) == "\(head + 1)")
        #expect(try psql("SELECT last_sync FROM beredskap_real.journals", database) != before)
    }

    /// One line after the region's head: that line alone goes, and the decoded tables are those the full sync
    /// writes from its own replay.
    @Test func newLinesGoAloneAndTheDecodedTablesAreTheFullSyncs() throws {
        let (database, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        #expect(try hospital.sync(conninfo).status == 0)
        try hospital.cli.ok(["log", id, "Papirjournal samlet inn fra sengepostene"])
        try hospital.cli.ok(["level", "gul", "--reason", "EPJ stabil igjen", "--incident", id, "--on-behalf-of", "Anne Bakvakt"])

        let outcome = try #require(try RegionSync.quickly(path: hospital.cli.journalPath, replayed: try replayed(hospital),
                                                          connection: try RegionConnection(conninfo)))
        let lines = try hospital.lines()
        #expect(outcome.linesSent == outcome.head - (outcome.regionHeadBefore ?? 0) && outcome.head == lines.count - 1)
        #expect(try psql("SELECT string_agg(encode(line, 'hex'), ',' ORDER BY seq) FROM beredskap_real.lines", database)
            == lines.map { $0.map { String(format: "%02x", $0) }.joined() }.joined(separator: ","))
        let decoded = "SELECT (SELECT string_agg(concat_ws('|', incident, phase, closed_at), ',' ORDER BY incident) FROM beredskap_real.incidents), "
            + "(SELECT concat_ws('|', decoded_seq, level, level_since) FROM beredskap_real.hospital_state)"
        let quick = try psql(decoded, database)
        #expect(quick.contains("|gul|"), "the level decided after the region's head: \(quick)")
        // The full sync replays the journal itself and writes the same decoded tables.
        try psql("DELETE FROM beredskap_real.hospital_state", database)
        #expect(try hospital.sync(conninfo).status == 0)
        #expect(try psql(decoded, database) == quick)
    }

    /// A line that changes nothing the region shows (a log line) moves the decoded seq and leaves the decoded rows
    /// as they were (the same row versions); a level decision rewrites them.
    @Test func decodedRowsAreRewrittenOnlyWhenTheyChange() throws {
        let (database, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        #expect(try hospital.sync(conninfo).status == 0)
        let versions = "SELECT string_agg(xmin::text, ',' ORDER BY incident) FROM beredskap_real.incidents"
        let before = try psql(versions, database)

        try hospital.cli.ok(["log", id, "Papirjournal samlet inn fra sengepostene"])
        #expect(try hospital.sync(conninfo).status == 0)
        #expect(try psql(versions, database) == before)
        #expect(try psql("SELECT decoded_seq FROM beredskap_real.hospital_state", database) == "\(try hospital.lines().count - 1)")

        try hospital.cli.ok(["level", "gul", "--reason", "EPJ stabil igjen", "--incident", id, "--on-behalf-of", "Anne Bakvakt"])
        #expect(try hospital.sync(conninfo).status == 0)
        #expect(try psql(versions, database) != before)
        #expect(try psql("SELECT level FROM beredskap_real.hospital_state", database) == "gul")
    }

    /// What the quick sync leaves to the full one: a journal new to the region, a region that holds lines the file
    /// does not (a fork), more than one batch behind, and a changed line at the end of the file.
    @Test func itStepsAsideWhenItCannotVouchForTheLines() throws {
        let (_, conninfo) = try region()
        let connection = try RegionConnection(conninfo)
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        #expect(try RegionSync.quickly(path: hospital.cli.journalPath, replayed: try replayed(hospital), connection: connection) == nil,
                "new to the region")
        #expect(try hospital.sync(conninfo).status == 0)

        for number in 1...3 { try hospital.cli.ok(["log", id, "Runde \(number)"]) }
        #expect(try RegionSync.quickly(path: hospital.cli.journalPath, replayed: try replayed(hospital), connection: connection,
                                       batchSize: 2) == nil, "more than one batch behind")

        var state = try replayed(hospital)
        // The region's head taken back out of the file: the head line the region holds is no longer there.
        let path = hospital.cli.journalPath
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Runde 3", with: "Runde 9").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try RegionSync.quickly(path: path, replayed: state, connection: connection) == nil, "a line that no longer hashes to its h")

        try text.write(toFile: path, atomically: true, encoding: .utf8)
        state.seq -= 5
        #expect(try RegionSync.quickly(path: path, replayed: state, connection: connection) == nil,
                "the console's state older than the region's head")
    }
}
