import Foundation
import Testing

/// Signed checkpoints through the real binary (docs/JOURNAL.md, "Signed checkpoints"): signed at `init`'s key on
/// phase changes, level decisions and printing; checked by `verify`, from paper, and in proof files without the
/// journal; removed lines and a deleted checkpoints file are caught; an exercise's checkpoint is never a real one's.
@Suite struct EvidenceThroughCLITests {
    /// A journal with one incident, opened and triaged (two phase moments, so two checkpoints).
    static func journal() throws -> (cli: CLI, id: String) {
        let cli = try CLI()
        let created = try cli.ok(["init"])
        #expect(created.stdout.contains("Kontrollpunkter signeres med nøkkel"))
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig"]).lastLine
        try cli.ok(["log", id, "Ringte leverandøren"])
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy",
                    "--consequence", "Papirrutiner på sengepostene", "--expected-minutes", "300", "--max-outage-minutes", "240"])
        return (cli, id)
    }

    func checkpoints(_ cli: CLI) -> [String] {
        (try? String(contentsOfFile: cli.journalPath + ".checkpoints", encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    @Test func phaseChangesAreSignedAndVerifyChecksEveryCheckpoint() throws {
        let (cli, _) = try Self.journal()
        #expect(checkpoints(cli).count == 2, "opening and triage each sign one; the log line alone does not")
        let key = cli.configDirectory + "/beredskap/signing.key"
        var info = stat()
        #expect(stat(key, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let verified = try cli.ok(["verify"])
        #expect(verified.stdout.contains("Kontrollpunkter: 2 av 2 stemmer"), "\(verified.stdout)")
    }

    @Test func removedLinesAndADeletedCheckpointsFileAreCaught() throws {
        let (cli, _) = try Self.journal()
        let lines = try String(contentsOfFile: cli.journalPath, encoding: .utf8).split(separator: "\n")
        let checkpointsFile = cli.journalPath + ".checkpoints"
        let saved = try Data(contentsOf: URL(fileURLWithPath: checkpointsFile))
        try FileManager.default.removeItem(atPath: checkpointsFile)
        let deleted = try cli.run(["verify"])
        #expect(deleted.status == 1)
        #expect(deleted.stderr.contains("kontrollpunktfilen \(checkpointsFile) er BORTE"), "\(deleted.stderr)")

        try saved.write(to: URL(fileURLWithPath: checkpointsFile))
        try Data(lines.prefix(2).map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: cli.journalPath))
        let shortened = try cli.run(["verify"])
        #expect(shortened.status == 1)
        #expect(shortened.stdout.contains("OK: kjeden er hel."), "the chain alone does not notice")
        #expect(shortened.stderr.contains("gjelder flere linjer enn journalen har (2): linjer er fjernet"), "\(shortened.stderr)")
    }

    @Test func theCheckpointOnPaperIsCheckedAndAnExercisesIsRefusedForTheRealJournal() throws {
        let (cli, _) = try Self.journal()
        let report = cli.directory.appendingPathComponent("status.txt").path
        try cli.ok(["print", "status", "-o", report])
        let printed = try String(contentsOfFile: report, encoding: .utf8)
        let witness = try #require(printed.split(separator: "\n").first { $0.hasPrefix("Kontrollpunkt ") }.map(String.init))
        #expect(witness.hasSuffix("· nøkkel " + (try cli.ok(["key", "export"]).stdout.split(separator: "+")[1])))
        let checked = try cli.ok(["verify", "--checkpoint", witness.lowercased()])
        #expect(checked.stdout.contains("fra papiret stemmer"), "\(checked.stdout)")

        try cli.ok(["init", "--exercise", "tabletop"])
        let exerciseReport = cli.directory.appendingPathComponent("ovelse.txt").path
        try cli.ok(["open", "--exercise", "tabletop", "--title", "Øvelse"])
        try cli.ok(["print", "status", "--exercise", "tabletop", "-o", exerciseReport])
        let exerciseWitness = try #require(try String(contentsOfFile: exerciseReport, encoding: .utf8).split(separator: "\n")
            .first { $0.hasPrefix("Kontrollpunkt ") }.map(String.init))
        #expect(exerciseWitness.hasSuffix("· ØVELSE"))
        let refused = try cli.run(["verify", "--checkpoint", exerciseWitness])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("er et ØVELSES-kontrollpunkt; det godtas aldri for en reell journal"), "\(refused.stderr)")
    }

    @Test func aProofIsCheckedWithoutTheJournalAndTamperingOrAnotherKeyIsRefused() throws {
        let (cli, id) = try Self.journal()
        let proof = cli.directory.appendingPathComponent("bevis.json").path
        let made = try cli.ok(["prove", "--incident", id, "--out", proof])
        let count = try #require(made.stdout.firstMatch(of: /Skrev bevis for (\d+) linjer/)?.1, "\(made.stdout)")
        let key = try cli.ok(["key", "export"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // The journal and its checkpoints are gone: the file stands alone.
        try FileManager.default.removeItem(atPath: cli.journalPath)
        try FileManager.default.removeItem(atPath: cli.journalPath + ".checkpoints")
        let checked = try cli.run(["verify-proof", proof, "--key", key], global: false)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("Bevist: \(count) linjer"), "\(checked.stdout)")

        let text = try String(contentsOfFile: proof, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Ringte leverandøren", with: "Ringte ikke").utf8).write(to: URL(fileURLWithPath: proof))
        let tampered = try cli.run(["verify-proof", proof, "--key", key], global: false)
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("linjen er endret"), "\(tampered.stderr)")

        try Data(text.utf8).write(to: URL(fileURLWithPath: proof))
        let otherKey = cli.directory.appendingPathComponent("annen.key").path
        let other = try cli.ok(["key", "new", otherKey, "--name", "en-annen"]).stdout.components(separatedBy: "Offentlig nøkkel: ")[1]
        let refused = try cli.run(["verify-proof", proof, "--key", other.trimmingCharacters(in: .whitespacesAndNewlines)], global: false)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("kontrollpunktet er ikke signert med nøkkelen"), "\(refused.stderr)")
    }

    @Test func aCosignatureByTheLeadsOwnKeyIsCheckedWithHerPublicKey() throws {
        let (cli, _) = try Self.journal()
        let leadKey = cli.directory.appendingPathComponent("leder.key").path
        let made = try cli.ok(["key", "new", leadKey, "--name", "krisestabsleder"])
        var info = stat()
        #expect(stat(leadKey, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let leadPublic = made.stdout.components(separatedBy: "Offentlig nøkkel: ")[1].trimmingCharacters(in: .whitespacesAndNewlines)
        try cli.ok(["cosign", "--key", leadKey])
        #expect(checkpoints(cli).count == 3, "the cosigned checkpoint is appended again, with both signatures")
        let verified = try cli.ok(["verify", "--key", leadPublic])
        #expect(verified.stdout.contains("3 av 3 stemmer (signert av krisestabsleder, "), "\(verified.stdout)")
    }
}
