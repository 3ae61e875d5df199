import BeredskapCore
import BeredskapJournal
import BeredskapRegion
import Foundation
import JournalForgery
import PostgresScratch
import Testing

/// `beredskap region init`, `sync`, `region status` and `region report` against a real PostgreSQL server.
@Suite(.regionServer) struct RegionSyncTests {
    /// A fresh database with the schema.
    private func region() throws -> (cluster: ScratchCluster, conninfo: String) {
        let cluster = try RegionServer.cluster
        let conninfo = try cluster.newDatabase()
        let cli = try CLI()
        let made = try cli.run(["region", "init", conninfo], global: false)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("satt opp med skjemaversjon \(RegionSchema.currentVersion)"), "\(made.stdout)")
        return (cluster, conninfo)
    }

    /// The region's lines of a journal, hex per line, in seq order.
    private func regionLines(_ cluster: ScratchCluster, _ conninfo: String, journal: String, kind: RegionKind = .real) throws -> [String] {
        let database = try #require(conninfo.split(separator: "=").last.map(String.init))
        let out = try cluster.psql("SELECT encode(line, 'hex') FROM \(kind.schema).lines WHERE journal = '\(journal)' ORDER BY seq",
                                   database: database)
        return out.split(separator: "\n").map(String.init)
    }

    private func hex(_ lines: [Data]) -> [String] {
        lines.map { $0.map { String(format: "%02x", $0) }.joined() }
    }

    @Test func initIsVersionedAndSafeToRunAgain() throws {
        let (cluster, conninfo) = try region()
        let again = try CLI().run(["region", "init", conninfo], global: false)
        #expect(again.status == 0)
        #expect(again.stdout.contains("har allerede skjemaversjon \(RegionSchema.currentVersion)"), "\(again.stdout)")
        let database = try #require(conninfo.split(separator: "=").last.map(String.init))
        #expect(try cluster.psql("SELECT count(*) FROM beredskap.schema_version", database: database) == "\(RegionSchema.currentVersion)\n")
    }

    @Test func syncWithoutTheSchemaSaysToRunInit() throws {
        let conninfo = try RegionServer.cluster.newDatabase()
        let hospital = try Hospital("Nordby sykehus")
        let result = try hospital.sync(conninfo)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Kjør `beredskap region init` først"), "\(result.stderr)")
    }

    @Test func anUnreachableServerIsAClearNorwegianError() throws {
        let hospital = try Hospital("Nordby sykehus")
        let result = try hospital.sync("host=/nonexistent-socket-dir dbname=x connect_timeout=2")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Fikk ikke kontakt med regionens database:"), "\(result.stderr)")
    }

    @Test func syncCopiesTheLinesVerbatimAndAgainSendsNothing() throws {
        let (cluster, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        let first = try hospital.sync(conninfo, batch: 3)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = try hospital.lines()
        #expect(first.stdout.contains("Journalen var ny for regionen; \(lines.count) linjer sendt"), "\(first.stdout)")
        #expect(first.stdout.contains("«Nordby sykehus» til og med nr. \(lines.count - 1)"), "\(first.stdout)")
        #expect(try regionLines(cluster, conninfo, journal: hospital.journalID) == hex(lines))
        // The signed checkpoints beside the journal (made at each phase change and level decision) go along as signed.
        let checkpoints = try String(contentsOfFile: hospital.cli.journalPath + ".checkpoints", encoding: .utf8)
            .split(separator: "\n").count
        #expect(checkpoints > 0)
        #expect(first.stdout.contains("Nye signerte kontrollpunkter: \(checkpoints)."), "\(first.stdout)")
        let database = try #require(conninfo.split(separator: "=").last.map(String.init))
        let notes = try cluster.psql("SELECT note FROM beredskap_real.checkpoints ORDER BY size", database: database)
        #expect(notes.contains("/beredskap/real/\(try hospital.journalID)\n"), "\(notes)")
        #expect(notes.contains("\n— "), "the note's signature lines: \(notes)")

        let again = try hospital.sync(conninfo)
        #expect(again.stdout.contains("Regionen hadde til nr. \(lines.count - 1); 0 linjer sendt"), "\(again.stdout)")
        #expect(!again.stdout.contains("kontrollpunkter"), "nothing new: \(again.stdout)")
        try hospital.cli.ok(["log", id, "EPJ svarer igjen"])
        let more = try hospital.sync(conninfo)
        #expect(more.stdout.contains("Regionen hadde til nr. \(lines.count - 1); 1 linje sendt"), "\(more.stdout)")
        #expect(try regionLines(cluster, conninfo, journal: hospital.journalID) == hex(try hospital.lines()))
    }

    @Test func threeJournalsSyncedFromThreeProcessesAtOnce() throws {
        let (cluster, conninfo) = try region()
        let hospitals = try ["Nordby sykehus", "Sørvik sykehus", "Østli sykehus"].map(Hospital.init)
        for (index, hospital) in hospitals.enumerated() {
            let id = try hospital.outage(day: "2026-03-0\(index + 1)", minutes: 30 * (index + 1))
            for n in 0..<20 { try hospital.cli.ok(["log", id, "Runde \(n)"]) }
        }
        // All three started before any is waited for; small batches so their transactions interleave.
        let running = try hospitals.map { try $0.cli.start(["sync", conninfo, "--batch", "5"]) }
        for (hospital, process) in zip(hospitals, running) {
            let result = process.finish()
            #expect(result.status == 0, "\(hospital.name): \(result.stderr)")
            #expect(try regionLines(cluster, conninfo, journal: hospital.journalID) == hex(try hospital.lines()), "\(hospital.name)")
        }
        let status = try CLI().run(["region", "status", conninfo, "--json"], global: false)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let listed = try #require(json["hospitals"] as? [[String: Any]])
        #expect(listed.compactMap { $0["hospital"] as? String } == ["Nordby sykehus", "Sørvik sykehus", "Østli sykehus"])
        for entry in listed {
            #expect(entry["level"] as? String == "rød")
            let incidents = try #require(entry["openIncidents"] as? [[String: Any]])
            #expect(incidents.count == 1)
            #expect(incidents.first?["systems"] as? [String] == ["Elektronisk pasientjournal (EPJ)"])
            #expect(incidents.first?["phase"] as? String == "ajourføres")
        }
        let text = try CLI().run(["region", "status", conninfo], global: false)
        #expect(text.stdout.contains("Sørvik sykehus  RØD siden"), "\(text.stdout)")
        #expect(text.stdout.contains("Avbrudd: 1 t av maks 1 t (gjenopprettet)"), "\(text.stdout)")
        #expect(text.stdout.contains("Avbrudd: 1 t 30 min av maks 1 t — MAKSIMAL AVBRUDDSTID OVERSKREDET (gjenopprettet)"), "\(text.stdout)")
    }

    @Test func aRewrittenChainIsRefusedAsAFork() throws {
        let (cluster, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.outage(day: "2026-03-02", minutes: 90)
        #expect(try hospital.sync(conninfo).status == 0)
        let synced = try hospital.lines()

        // The triage changed and every line after it re-hashed: the chain holds together with a new head. (The
        // machine's own signed checkpoints betray it to `verify` too; the region refuses it whatever the machine says.)
        let path = hospital.cli.journalPath
        let original = Rechain.lines(of: path)
        let changed = try #require(original.firstIndex { $0.contains("Papirrutiner") })
        Rechain.write(Rechain.rewrite(original, at: changed) { $0.replacingOccurrences(of: "Papirrutiner", with: "Ingen konsekvens") }, to: path)
        try hospital.cli.ok(["log", id, "Etter omskrivingen"])
        let refused = try hospital.sync(conninfo)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("kjeden er endret etter nr. \(changed - 1)"), "\(refused.stderr)")
        #expect(try regionLines(cluster, conninfo, journal: hospital.journalID) == hex(synced), "nothing of the rewritten chain was taken")
        let status = try CLI().run(["region", "status", conninfo], global: false)
        #expect(status.stdout.contains("ADVARSEL: 1 synk avvist fordi kjeden var endret"), "\(status.stdout)")
    }

    @Test func theDatabaseItselfRefusesALineThatDoesNotContinueTheChain() throws {
        let (_, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        let id = try hospital.cli.ok(["open", "--title", "EPJ utilgjengelig"]).lastLine
        #expect(try hospital.sync(conninfo).status == 0)
        try hospital.cli.ok(["log", id, "Første"])
        try hospital.cli.ok(["log", id, "Andre"])
        let lines = try hospital.lines().suffix(3).map { $0 }
        try #require(lines.count == 3)
        let connection = try RegionConnection(conninfo)
        let journal = try hospital.journalID
        // The last line without the one before: its prev names a line the region does not hold.
        let count = try hospital.lines().count
        #expect {
            try connection.insertLine(lines[2], seq: count - 1, journal: journal)
        } throws: { error in
            (error as? RegionError).map { if case .statement(sqlState: "BR001", _) = $0 { true } else { false } } ?? false
        }
        // A line whose bytes do not hash to its h.
        var forged = lines[1]
        if let index = forged.firstIndex(of: UInt8(ascii: "F")) { forged[index] = UInt8(ascii: "f") }
        #expect(forged != lines[1])
        #expect {
            try connection.insertLine(forged, seq: count - 2, journal: journal)
        } throws: { error in
            (error as? RegionError).map { if case .statement(sqlState: "BR002", _) = $0 { true } else { false } } ?? false
        }
        // The same statement with the true line goes in: the refusals above are the checks, not the statement.
        try connection.insertLine(lines[1], seq: count - 2, journal: journal)
        #expect(throws: RegionError.self) { try connection.execute("DELETE FROM beredskap_real.lines") }
    }

    @Test func exerciseJournalsGoOnlyToTheExerciseTables() throws {
        let (cluster, conninfo) = try region()
        let hospital = try Hospital("Nordby sykehus")
        try hospital.cli.ok(["exercise", "start", "skadevare-natt", "--exercise", "natt1"])
        try hospital.cli.ok(["open", "--title", "Øvelse: skadevare", "--exercise", "natt1"])
        let synced = try hospital.sync(conninfo, exercise: "natt1")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("(i øvelsestabellene)"), "\(synced.stdout)")
        let database = try #require(conninfo.split(separator: "=").last.map(String.init))
        #expect(try cluster.psql("SELECT count(*) FROM beredskap_real.lines", database: database) == "0\n")
        #expect(try cluster.psql("SELECT count(*) FROM beredskap_real.journals", database: database) == "0\n")
        let exerciseLines = try hospital.lines(exercise: "natt1")
        #expect(try cluster.psql("SELECT count(*) FROM beredskap_exercise.lines", database: database) == "\(exerciseLines.count)\n")

        let real = try CLI().run(["region", "status", conninfo], global: false)
        #expect(!real.stdout.contains("Nordby sykehus"), "\(real.stdout)")
        #expect(!real.stdout.contains("ØVELSE"))
        let exercise = try CLI().run(["region", "status", conninfo, "--exercise"], global: false)
        #expect(exercise.stdout.hasPrefix("*** ØVELSE ***"), "\(exercise.stdout)")
        #expect(exercise.stdout.contains("Øvelse: skadevare"), "\(exercise.stdout)")
    }

    @Test func theRegionsFiguresEqualTheSumOfEachJournalsOwnReport() throws {
        let (_, conninfo) = try region()
        let hospitals = try ["Nordby sykehus", "Sørvik sykehus", "Østli sykehus"].map(Hospital.init)
        try hospitals[0].outage(day: "2026-03-02", minutes: 90)
        try hospitals[0].outage(day: "2026-04-02", minutes: 20, systems: ["lis"], raise: false)
        try hospitals[1].outage(day: "2026-05-10", minutes: 45)
        try hospitals[2].outage(day: "2026-06-11", minutes: 200, systems: ["epj", "lis"])
        let period = ["--from", "2026-01-01", "--to", "2026-12-31"]
        var sum = [String: Int]()
        for hospital in hospitals {
            #expect(try hospital.sync(conninfo).status == 0)
            let csv = try hospital.cli.ok(["report", "--format", "csv"] + period).stdout
            let rows = csv.split(whereSeparator: \.isNewline).map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            }
            let header = try #require(rows.first)
            for row in rows.dropFirst() {
                for column in ["hendelser", "samlet_avbrudd_min", "over_maks"] {
                    sum[column, default: 0] += Int(row[try #require(header.firstIndex(of: column))]) ?? 0
                }
            }
        }
        #expect(sum["samlet_avbrudd_min"] == 90 + 20 + 45 + 400, "\(sum)")
        let report = try CLI().run(["region", "report", conninfo, "--playbooks", CLI.playbooks, "--json"] + period, global: false)
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["outageMinutes"] as? Int == sum["samlet_avbrudd_min"])
        #expect(total["maxOutageBreaches"] as? Int == sum["over_maks"])
        let systems = try #require(json["systems"] as? [[String: Any]])
        #expect(systems.reduce(0) { $0 + ($1["incidents"] as? Int ?? 0) } == sum["hendelser"])
        #expect(total["incidents"] as? Int == 4)
        let text = try CLI().run(["region", "report", conninfo, "--playbooks", CLI.playbooks] + period, global: false)
        #expect(text.stdout.contains("Regionen"), "\(text.stdout)")
    }
}
