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
        #expect(InProcess.usageError(["correct", "4", "--text", "x", "--reason", "y", "--untick", "--form-back"])
            .contains("Velg bare ett av --call-outcome, --untick, --form-back og --triage-redone-by."))
        #expect(InProcess.usageError(["correct", "4", "--text", "x", "--reason", "y", "--serial", "JN-0001"]).contains("--serial hører til --form-back."))
        #expect(InProcess.usageError(["correct", "4", "x", "--reason", "y"]).contains("--text"), "the text is an option now")
        #expect(InProcess.usageError(["message", "approve", "H-1", "M1", "--at", "03:40"]).contains("oppgi også --verbal-from NAVN"))
        #expect(InProcess.usageError(["form", "advance", "H-1", "--to", "innlevert", "--count", "4"])
            .contains("Velg skjemaene med enten --range FRA..TIL eller --place AVDELING."))
        #expect(InProcess.usageError(["form", "advance", "H-1", "--range", "JN-0001..JN-0004", "--place", "3B", "--to", "innlevert",
                                      "--count", "4"]).contains("enten --range"))
        #expect(InProcess.usageError(["form", "advance", "H-1", "--range", "JN-0001-JN-0004", "--to", "innlevert", "--count", "4"])
            .contains("«JN-0001-JN-0004» er ikke et område av løpenumre"))
        #expect(InProcess.usageError(["form", "advance", "H-1", "--place", "3B", "--to", "levert", "--count", "4"]).contains("levert"))
    }

    @Test func factsFormsAndVerbalApprovalParse() throws {
        let correct = try InProcess.parse(["correct", "14", "--text", "V2 svarte ikke", "--reason", "Feil", "--call-outcome", "ikke-svar"],
                                          as: CorrectCommand.self)
        #expect((correct.seq, correct.text, correct.callOutcome) == (14, "V2 svarte ikke", .noAnswer))
        let back = try InProcess.parse(["correct", "9", "--text", "x", "--reason", "y", "--form-back", "--serial", "JN-0002"], as: CorrectCommand.self)
        #expect(back.formBack && back.serial == "JN-0002")
        #expect(try InProcess.parse(["correct", "3", "--text", "x", "--reason", "y", "--triage-redone-by", "7"], as: CorrectCommand.self)
            .triageRedoneBy == 7)

        let approve = try InProcess.parse(["message", "approve", "H-1", "M1", "--verbal-from", "Anne Berg", "--at", "03:40"],
                                          as: MessageApproveCommand.self)
        #expect(approve.verbalFrom == "Anne Berg" && approve.at != nil)

        let range = try InProcess.parse(["form", "advance", "H-1", "--range", "JN-0001..JN-0040", "--to", "innlevert", "--count", "40"],
                                        as: FormAdvanceCommand.self)
        #expect((range.range, range.to, range.count) == ("JN-0001..JN-0040", .returned, 40))
        #expect(FormAdvanceCommand.range(" JN-0001 .. JN-0040") == .range("JN-0001", through: "JN-0040"))
        #expect(try InProcess.parse(["form", "advance", "H-1", "--place", "Sengepost 3B", "--to", "registrert", "--count", "2"],
                                    as: FormAdvanceCommand.self).place == "Sengepost 3B")
    }

    @Test func correctiveActionsAreTextOwnerAndDueDay() throws {
        let action = try CorrectiveActionArgument.parse("Oppdater nødpermer; Fagleder IKT ;2027-01-31")
        #expect((action.text, action.owner) == ("Oppdater nødpermer", "Fagleder IKT"))
        #expect(action.due == TimeArgument.day("2027-01-31", hour: 12))
        #expect(throws: ValidationError.self) { try CorrectiveActionArgument.parse("Oppdater nødpermer;2027-01-31") }
        #expect(throws: ValidationError.self) { try CorrectiveActionArgument.parse("Oppdater;Fagleder;31.01.2027") }
    }
}
