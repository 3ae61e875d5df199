import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Fields: unknown keys, missing fields, wrong types")
struct FieldTests {
    @Test func unknownKeySuggestsTheNearestValidKey() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "depends_on: [ad]", with: "depend_on: [ad]")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 7, column: 5, message: ["ukjent nøkkel «depend_on»", "«epj»"],
                         hint: ["mente du «depends_on»?"])
        #expect(report.errors.count == 1)
    }

    @Test func unknownKeyFarFromAnyListsTheValidKeys() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    owner: Klinikk for medisin\n", with: "    owner: Klinikk for medisin\n    fargekode: blå\n")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 6, column: 5, message: ["ukjent nøkkel «fargekode»"],
                         hint: ["gyldige nøkler", "depends_on"])
    }

    @Test func unknownTopLevelKey() throws {
        let copy = try PlaybookCopy()
        try copy.replace("organisasjon.yaml", "classification:", with: "klassifisering:")
        let report = copy.load()
        expectDiagnostic(report, file: "organisasjon.yaml", line: 3, column: 1, message: ["ukjent nøkkel «klassifisering»"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 1, column: 1, message: ["filen mangler feltet «classification»"])
    }

    @Test func timeZoneIsReadAndAnUnknownOneIsAnErrorWithItsLine() throws {
        let copy = try PlaybookCopy()
        try copy.replace("organisasjon.yaml", "exercise_interval_days: 365", with: "exercise_interval_days: 365\ntime_zone: Asia/Tokyo")
        #expect(copy.load().organisation?.timeZone.identifier == "Asia/Tokyo")
        try copy.replace("organisasjon.yaml", "time_zone: Asia/Tokyo", with: "time_zone: Europe/Fjordvik")
        let report = copy.load()
        expectDiagnostic(report, file: "organisasjon.yaml", line: 7, column: 12, message: ["«Europe/Fjordvik» er ikke en kjent tidssone"],
                         hint: ["Europe/Oslo"])
        #expect(report.organisation == nil)
    }

    @Test func missingRequiredFieldNamesTheEntry() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    class: k1\n    owner: Klinikk", with: "    owner: Klinikk")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 2, column: 5, message: ["systemet «epj» mangler feltet «class»"],
                         hint: ["class:"])
        #expect(report.organisation == nil)
    }

    @Test func missingIdNamesTheKindInstead() throws {
        let copy = try PlaybookCopy()
        try copy.replace("roller.yaml", "  - id: loggforer\n    name:", with: "  - name:")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 8, column: 5, message: ["en rolle mangler feltet «id»"])
    }

    @Test func emptyRequiredField() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    name: Utskrift", with: "    name:")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 18, message: ["«name»", "systemet «print»", "tomt"])
    }

    @Test func listExpected() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "depends_on: [ad]", with: "depends_on: ad")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 7, column: 17, message: ["«depends_on»", "liste", "«ad»"],
                         hint: ["[a, b]"])
    }

    @Test func textExpected() throws {
        let copy = try PlaybookCopy()
        try copy.replace("roller.yaml", "    name: Loggfører", with: "    name: [Loggfører]")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 9, column: 11, message: ["«name»", "tekst", "en liste"])
    }

    @Test func boolExpected() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "external: false", with: "external: ja")
        expectDiagnostic(copy.load(), file: "kontakter.yaml", line: 6, column: 15, message: ["«external»", "true eller false", "«ja»"])
    }

    @Test func quotedTrueIsTextNotBool() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "external: true", with: "external: \"true\"")
        expectDiagnostic(copy.load(), file: "kontakter.yaml", line: 13, message: ["true eller false"])
    }

    @Test func wholeNumberExpected() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kritikalitet.yaml", "rank: 2", with: "rank: to")
        try copy.replace("organisasjon.yaml", "contact_max_age_days: 180", with: "contact_max_age_days: 0")
        let report = copy.load()
        expectDiagnostic(report, file: "kritikalitet.yaml", line: 10, column: 11, message: ["«rank»", "helt tall", "«to»"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 5, column: 23, message: ["«contact_max_age_days»", "helt tall"])
    }

    @Test func numbersAndDatesAreAcceptedAsText() throws {
        let copy = try PlaybookCopy()
        try copy.replace("organisasjon.yaml", "version: \"2026.1\"", with: "version: 2026.1")
        try copy.replace("kontakter.yaml", "[\"+47 22 00 00 10\"]", with: "[22000010]")
        let report = copy.load()
        #expect(report.diagnostics == [])
        #expect(report.organisation?.version == "2026.1")
        #expect(report.organisation?.contact("leverandor-epj")?.phones == ["22000010"])
    }

    @Test func contactWithoutPhones() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "[\"+47 22 00 00 10\"]", with: "[]")
        expectDiagnostic(copy.load(), file: "kontakter.yaml", line: 9, column: 5, message: ["kontakten «leverandor-epj»", "telefonnummer"])
    }

    @Test func idWithSpaces() throws {
        let copy = try PlaybookCopy()
        try copy.replace("roller.yaml", "id: loggforer", with: "id: Logg fører")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 8, column: 9, message: ["«Logg fører»"], hint: ["«logg-fører»"])
    }
}
