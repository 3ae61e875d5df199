import Foundation
import Testing

/// Exit codes 0 ok, 1 refused or failed check, 2 usage; a refusal writes nothing.
@Suite struct RefusalAndUsageTests {
    /// The usage errors themselves are checked in process (`ParseTests`); this is the exit code and the stream.
    /// The parser's own refusals are in Norwegian too (#18).
    @Test func usageErrorsAreInNorwegian() throws {
        let cli = try CLI()
        let level = try cli.run(["level", "lilla", "--reason", "x"])
        #expect(level.status == 2)
        #expect(level.stderr.contains("Feil: Verdien «lilla» er ugyldig for «<level>». Gyldige verdier: normal, grønn, gul eller rød."),
                "\(level.stderr)")
        let missing = try cli.run(["log"])
        #expect(missing.stderr.contains("Feil: Mangler «<incident>»") && missing.stderr.contains("Bruk: beredskap log"), "\(missing.stderr)")
        let extra = try cli.run(["log", "H-1", "a", "b"])
        #expect(extra.stderr.contains("Uventet argument: b"), "\(extra.stderr)")
        for result in [level, missing, extra] {
            #expect(!result.stderr.contains("Error:") && !result.stderr.contains("Usage:") && !result.stderr.contains("for more information"))
        }
    }

    @Test func usageErrorsExitTwoWithTheMessageOnStandardError() throws {
        let cli = try CLI()
        let result = try cli.run(["open"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--title"))
        #expect(result.stdout.isEmpty)
    }

    @Test func fodselsnummerIsRefusedAndNothingWritten() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.journalPath))
        // 01015010033 passes both mod-11 checks (born 01.01.1950).
        let refused = try cli.run(["log", id, "Pasient 01015010033 flyttet"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("fødselsnummer"))
        let after = try Data(contentsOf: URL(fileURLWithPath: cli.journalPath))
        #expect(before == after, "a refused command writes nothing")
        try cli.ok(["log", id, "Ring 22334455667 ved behov"])
    }

    @Test func missingJournalSaysHowToCreateIt() throws {
        let cli = try CLI()
        let result = try cli.run(["status"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("beredskap init"))
    }

    @Test func verifyFailsOnAlteredJournalAndSealsWitnessTheHead() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "Vannlekkasje i serverrom"]).lastLine
        let seal = try cli.ok(["seal"]).lastLine
        try cli.ok(["log", id, "Strøm slått av i rack 4"])
        let check = try cli.ok(["verify", "--seal", seal])
        #expect(check.stdout.contains("1 registrering er kommet etter"))

        let other = try CLI()
        try other.ok(["init"])
        try other.ok(["open", "--title", "Vannlekkasje i serverrom"])
        #expect(try other.run(["verify", "--seal", seal]).status == 1, "another journal does not contain this seal")

        var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.journalPath))
        let index = try #require(bytes.firstRange(of: Data("rack 4".utf8))).lowerBound
        bytes[index] = UInt8(ascii: "R")
        try bytes.write(to: URL(fileURLWithPath: cli.journalPath))
        let failed = try cli.run(["verify"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("nr. 2"), "names the first bad seq: \(failed.stderr)")
    }

    @Test func exerciseJournalIsSeparateFromTheRealOne() throws {
        let cli = try CLI()
        try cli.ok(["init", "--exercise", "natt"])
        try cli.ok(["open", "--exercise", "natt", "--title", "Øvelse: løsepengevirus"])
        #expect(!FileManager.default.fileExists(atPath: cli.journalPath), "no real journal was created")
        let status = try cli.ok(["status", "--exercise", "natt"]).stdout
        #expect(status.contains("ØVELSE"))
        #expect(try cli.run(["status"]).status == 1, "the real journal does not exist")
    }
}
