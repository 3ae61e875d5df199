import Foundation
import Testing

/// Yearly test evidence from the command line: a recorded functional or restore test counts unless it failed.
@Suite struct TestRecordThroughCLITests {
    @Test func aRecordedRestoreTestTakesTheProcedureOffTheDueList() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let due = { try cli.status()["proceduresDueForTest"] as? [String] ?? [] }
        #expect(try due().contains("lab-blodbank"), "nothing is tested in a new journal")

        try cli.ok(["test", "record", "lab-blodbank", "--kind", "gjenopprettingstest", "--outcome", "ikke-bestått",
                    "--note", "Backup manglet siste døgn"])
        #expect(try due().contains("lab-blodbank"), "a failed test does not count")
        try cli.ok(["test", "record", "lab-blodbank", "--kind", "gjenopprettingstest", "--outcome", "bestått"])
        #expect(try !due().contains("lab-blodbank"))
        #expect(try due().contains("skadevare"))
        let report = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31"]).stdout
        #expect(report.contains("gjenopprettingstest (bestått)"), "plan against done names the recorded test: \(report)")
        #expect(!report.contains("ikke-bestått"), "a failed test is not shown as done")
        #expect(report.contains("bordøvelse i april (sikkerhetsleder)"))

        let played = try cli.run(["test", "record", "skadevare", "--kind", "bordøvelse", "--outcome", "bestått"])
        #expect(played.status == 1)
        #expect(played.stderr.contains("øvelsesjournal"))
        let unknown = try cli.run(["test", "record", "ukjent", "--kind", "funksjonstest", "--outcome", "bestått"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("lab-blodbank"), "the refusal lists the known procedures")
    }

    @Test func anEvaluatedExerciseShowsInTheRealStatusWithItsActionsAndNothingElse() throws {
        let cli = try CLI()
        let exercise = ["--exercise", "natt1"]
        try cli.ok(["exercise", "start", "skadevare-natt"] + exercise)
        let incident = try cli.ok(["open", "--title", "Øvingshendelse"] + exercise).lastLine
        try cli.ok(["exercise", "end"] + exercise)
        try cli.ok(["exercise", "evaluate", "--lesson", "Nødpermen må stå der listen sier",
                    "--action", "Flytt nødpermen til beredskapsskapet;Beredskapskoordinator;2026-12-31"] + exercise)
        try cli.ok(["init"])
        let status = try cli.ok(["status"]).stdout
        #expect(status.contains("[F1 i øvelse natt1] Beredskapskoordinator: Flytt nødpermen til beredskapsskapet"), "\(status)")
        #expect(!status.contains(incident), "the exercise's incident stays in the exercise journal")
        #expect(try !(cli.status()["proceduresDueForTest"] as? [String] ?? []).contains("skadevare"), "the evaluated exercise tested it")
        try cli.ok(["action", "close", "F1", "--note", "Flyttet"] + exercise)
        #expect(try !cli.ok(["status"]).stdout.contains("natt1"), "a closed action leaves the plan")
    }

    @Test func trainingIsRecordedAndShownInTheReport() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        try cli.ok(["test", "training", "--person", "Kari Nordmann", "--role", "krisestabsleder", "--note", "Kurs for krisestab"])
        try cli.ok(["test", "training", "--person", "Ola Vakt", "--procedure", "epj-uten-is"])
        let both = try cli.run(["test", "training", "--person", "Per", "--role", "krisestabsleder", "--procedure", "epj-uten-is"])
        #expect(both.status == 1)
        #expect(both.stderr.contains("ikke begge"))
        let report = try cli.ok(["report", "--from", "2026-01-01", "--to", "2030-12-31"]).stdout
        #expect(report.contains("Opplæring (faktaark 3a)"))
        #expect(report.contains("Kari Nordmann"), "\(report)")
        #expect(report.contains("Ola Vakt"))
    }
}
