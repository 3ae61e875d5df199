import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Content: patient identity on forms, template placeholders")
struct ContentRuleTests {
    @Test(arguments: ["Fødselsnummer", "personnummer (11 siffer)", "D-nummer", "Pasientnavn", "Navn på pasient", "PASIENTENS NAVN"])
    func formFieldAskingForIdentity(field: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace("skjema.yaml", "      - Tidspunkt\n", with: "      - \(field)\n")
        let report = copy.load()
        expectDiagnostic(report, file: "skjema.yaml", line: 7, column: 9, message: ["«\(field)»", "skjemaet «papirjournal»", "identitet"],
                         hint: ["Normen 2.3", "5.5.4", "dataminimering"])
        #expect(report.errors.count == 1)
    }

    @Test func fieldsMentioningPatientsWithoutIdentityAreFine() throws {
        let copy = try PlaybookCopy()
        try copy.replace("skjema.yaml", "      - Tidspunkt\n", with: "      - Pasientens allergier\n      - Navn på lege\n")
        #expect(copy.load().diagnostics == [])
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
