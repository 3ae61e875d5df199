import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Content: patient identity only on paper, template placeholders")
struct ContentRuleTests {
    @Test(arguments: ["Fødselsnummer", "personnummer (11 siffer)", "D-nummer", "Pasientnavn", "Navn på pasient", "PASIENTENS NAVN"])
    func aMessageTemplateAskingForIdentityIsAnError(words: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace("maler.yaml", "Det kan bli lengre ventetid.", with: "Oppgi \(words) ved oppmøte.")
        let report = copy.load()
        expectDiagnostic(report, file: "maler.yaml", line: 11, column: 11, message: ["«text»", "malen «pasienter-ventetid»", "identitet"],
                         hint: ["for hånd på papirskjemaet", "Normen 2.3", "5.5.4", "dataminimering"])
        #expect(report.errors.count == 1)
    }

    @Test func aLevelTaskAskingForIdentityIsAnError() throws {
        let copy = try PlaybookCopy()
        try copy.replace("nivaer.yaml", "title: Kall inn krisestaben", with: "title: Noter pasientens navn for alle på akutten")
        let report = copy.load()
        #expect(report.errors.contains { $0.message.contains("ber om pasientens identitet") && $0.file == "nivaer.yaml" })
    }

    @Test func aClinicalFormCarriesIdentityOnPaperAndSizedFields() throws {
        let copy = try PlaybookCopy()
        try copy.replace("skjema.yaml", "      - Observasjoner\n", with: "      - {label: Observasjoner, size: stor}\n      - Pasientens navn\n")
        let report = copy.load()
        #expect(report.diagnostics == [], "identity fields belong on the clinical paper form")
        let form = try #require(report.organisation?.forms.first)
        #expect(form.patient == .patient)
        #expect(form.fields.first { $0.label == "Observasjoner" }?.size == .large)
        try copy.replace("skjema.yaml", "    patient: pasient\n", with: "")
        expectDiagnostic(copy.load(), file: "skjema.yaml", line: 2, column: 5, message: ["mangler feltet «patient»"])
    }

    @Test func unknownPlaceholder() throws {
        let copy = try PlaybookCopy()
        try copy.replace("maler.yaml", "Det kan bli lengre ventetid.", with: "Gjelder {pasient}.")
        let report = copy.load()
        expectDiagnostic(report, file: "maler.yaml", line: 11, column: 11, message: ["ukjent plassholder «{pasient}»", "malen «pasienter-ventetid»"],
                         hint: ["{virksomhet}", "{kontakt}"])
        #expect(report.errors.count == 1)
    }

    @Test func misspeltPlaceholderInTitle() throws {
        let copy = try PlaybookCopy()
        try copy.replace("maler.yaml", "\"{systemer} er nede\"", with: "\"{system} er nede\"")
        expectDiagnostic(copy.load(), file: "maler.yaml", line: 4, column: 12, message: ["«{system}»"], hint: ["mente du «{systemer}»?"])
    }

    @Test func everyAllowedPlaceholder() throws {
        let copy = try PlaybookCopy()
        let all = TemplatesSection.placeholders.map { "{\($0)}" }.joined(separator: " ")
        try copy.replace("maler.yaml", "Det kan bli lengre ventetid.", with: all)
        #expect(copy.load().diagnostics == [])
        #expect(TemplatesSection.placeholders.count == 8)
    }

    @Test func placeholderNames() {
        #expect(TemplatesSection.placeholderNames(in: "{a} og {b}c{}") == ["a", "b", ""])
        #expect(TemplatesSection.placeholderNames(in: "ingen { klammer") == [])
    }
}
