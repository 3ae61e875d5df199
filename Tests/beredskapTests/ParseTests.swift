import ArgumentParser
import Testing
@testable import beredskap

/// What the command line parses to, and the usage errors (exit code 2) it ends in, checked in process.
@Suite struct ParseTests {
    @Test func theConsoleIsTheDefaultAndTakesTheGlobalOptions() throws {
        #expect(try InProcess.parse([], as: ConsoleCommand.self).global.exercise == nil)
        let exercise = try InProcess.parse(["--exercise", "natt", "--facilitator"], as: ConsoleCommand.self)
        #expect(exercise.global.exercise == "natt")
        #expect(exercise.facilitator)
    }

    @Test func optionsAfterTheSubcommandPathReachIt() throws {
        let log = try InProcess.parse(["log", "H-2026-001", "Strøm tilbake", "--at", "03:12", "--journal", "/tmp/j", "--operator", "kari"],
                                      as: LogCommand.self)
        #expect((log.incident, log.text) == ("H-2026-001", "Strøm tilbake"))
        #expect(log.at != nil)
        #expect(log.global.journal == "/tmp/j")
        #expect(try log.global.operatorName.rawValue == "kari")

        let triage = try InProcess.parse(["triage", "H-1", "--system", "epj", "--system", "kurve", "--category", "teknisk-svikt",
                                          "--severity", "høy", "--consequence", "Papir", "--affects", "integritet",
                                          "--affects", "tilgjengelighet"], as: TriageCommand.self)
        #expect(triage.systems == ["epj", "kurve"])
        #expect(triage.severity == .high)
        #expect(triage.affected == [.integrity, .availability])

        let release = try InProcess.parse(["exercise", "release", "i3", "--exercise", "natt1"], as: ExerciseReleaseCommand.self)
        #expect((release.inject, release.options.global.exercise) == ("i3", "natt1"))
    }

    @Test func usageErrorsSayWhatToTypeInstead() {
        #expect(InProcess.usageError(["open"]).contains("--title"))
        #expect(InProcess.usageError(["level", "lilla", "--reason", "x"]).contains("lilla"))
        #expect(InProcess.usageError(["log", "H-1", "x", "--at", "25:00"]).contains("25:00"))
        #expect(InProcess.usageError(["init", "--exercise", "../natt"]).contains("Øvelsesnavnet «../natt»"))
        #expect(InProcess.usageError(["exercise", "release", "i1"]).contains("--exercise NAVN"), "facilitator commands name the exercise")
        #expect(InProcess.usageError(["print", "binder"]).contains("-o FIL eller --printer NAVN"))
        #expect(InProcess.usageError(["print", "binder", "-o", "x.pdf", "--copies", "0"]).contains("--copies"))
        #expect(InProcess.usageError(["print", "forms", "journalnotat", "--incident", "H-1", "-o", "x.pdf"]).contains("--to AVDELING"))
        #expect(InProcess.usageError(["report", "--from", "2026-02-01", "--to", "2026-01-01"]).contains("med fra før til"))
        #expect(InProcess.usageError(["report", "--from", "2026-02-30", "--to", "2026-03-01"]).contains("ÅÅÅÅ-MM-DD"))
        #expect(InProcess.usageError(["phase", "H-1", "avsluttet", "--summary", "x", "--lower-to", "grønn", "--keep-level",
                                      "--level-reason", "x"]).contains("Velg enten --lower-to eller --keep-level."))
        #expect(InProcess.usageError(["frobnicate"]).contains("frobnicate"))
    }

    @Test func correctiveActionsAreTextOwnerAndDueDay() throws {
        let action = try CorrectiveActionArgument.parse("Oppdater nødpermer; Fagleder IKT ;2027-01-31")
        #expect((action.text, action.owner) == ("Oppdater nødpermer", "Fagleder IKT"))
        #expect(action.due == TimeArgument.day("2027-01-31", hour: 12))
        #expect(throws: ValidationError.self) { try CorrectiveActionArgument.parse("Oppdater nødpermer;2027-01-31") }
        #expect(throws: ValidationError.self) { try CorrectiveActionArgument.parse("Oppdater;Fagleder;31.01.2027") }
    }
}
