import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Document control: approval by content hash, change log, distribution, quick card (Normen 2.3)")
struct DocumentControlTests {
    @Test func theFixtureIsApprovedAsItIs() throws {
        let report = PlaybookLoader.load(directory: validFixture.path, now: fixtureNow)
        #expect(report.diagnostics == [])
        let control = try #require(report.organisation?.documentControl)
        #expect(control.isApproved)
        #expect(control.approval?.by == "Testdirektør")
        #expect(control.planHash == PlanHash.of(directory: validFixture.path))
    }

    @Test func aChangedProcedureNeedsApprovalAgainWithTheHashToPaste() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "title: Nøddrift ved bortfall av EPJ", with: "title: Nøddrift uten EPJ")
        let report = copy.load(reapproved: false)
        let now = PlanHash.of(directory: copy.url.path)
        expectDiagnostic(report, .warning, file: "organisasjon.yaml", line: 10, column: 9,
                         message: ["endret etter godkjenning: godkjenn på nytt"], hint: [now, "plan diff"])
        #expect(report.organisation?.documentControl?.isApproved == false)
        #expect(report.errors == [])
    }

    @Test func editingOrganisasjonItselfKeepsTheApproval() throws {
        let copy = try PlaybookCopy()
        try copy.replace("organisasjon.yaml", "name: Fiktivt sykehus HF", with: "name: Et annet fiktivt sykehus HF")
        let report = copy.load(reapproved: false)
        #expect(report.diagnostics == [])
        #expect(report.organisation?.documentControl?.isApproved == true)
    }

    @Test func noApprovalIsAWarningThatSaysWhatToWrite() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("organisasjon.yaml")
        let approval = try #require(text.range(of: "approved:"))
        try copy.write("organisasjon.yaml", String(text[..<approval.lowerBound]))
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "organisasjon.yaml", line: 4, message: ["ikke godkjent", "UTKAST"],
                         hint: ["approved:", PlanHash.of(directory: copy.url.path)])
        #expect(report.organisation?.documentControl?.approval == nil)
    }

    @Test func changeLogDistributionAndQuickCardAreRead() throws {
        let copy = try PlaybookCopy()
        try copy.write("organisasjon.yaml", try copy.read("organisasjon.yaml") + """
            changes:
              - {version: "2026.1", date: 2026-02-01, change: "Første versjon", by: "Koordinator"}
            distribution:
              - {id: akutt, name: "Akuttmottaket", copies: 2, binder: "Vaktrommet", forms: "Skranken"}
            quick_card:
              it_on_call: it-vakt
              first_steps: ["Ring IT-vakt", "Hent permen", "Bruk skjema"]

            """)
        let report = copy.load()
        #expect(report.diagnostics == [])
        let control = try #require(report.organisation?.documentControl)
        #expect(control.changes.map(\.change) == ["Første versjon"])
        #expect(control.department("akutt") == Department(id: "akutt", name: "Akuttmottaket", copies: 2, binderPlace: "Vaktrommet",
                                                          formsPlace: "Skranken"))
        #expect(control.quickCard == QuickCard(itOnCall: ContactID("it-vakt"), firstSteps: ["Ring IT-vakt", "Hent permen", "Bruk skjema"]))
    }

    @Test func badDocumentControlIsReportedWhereItIsWritten() throws {
        let copy = try PlaybookCopy()
        try copy.write("organisasjon.yaml", try copy.read("organisasjon.yaml") + """
            changes:
              - {version: "2025.9", date: 2025-09-01, change: "Gammel", by: "Koordinator"}
              - {version: "2025.8", date: 2025-13-01, change: "Eldre", by: "Koordinator"}
            distribution:
              - {id: akutt, name: "Akuttmottaket", copies: 0, binder: "Vaktrommet", forms: "Skranken"}
              - {id: akutt, name: "Akuttmottaket igjen", copies: 1, binder: "Vaktrommet", forms: "Skranken"}
            quick_card:
              it_on_call: it-vakten
              first_steps: ["En", "To", "Tre", "Fire"]

            """)
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "organisasjon.yaml", line: 11, message: ["ingen linje for versjon «2026.1»"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 13, message: ["ugyldig dato «2025-13-01»"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 15, message: ["«copies»", "fra 1 og opp"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 16, message: ["avdelingen «akutt» er definert flere ganger"],
                         hint: ["organisasjon.yaml:15"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 18, message: ["ukjent kontakt «it-vakten»"], hint: ["it-vakt"])
        expectDiagnostic(report, file: "organisasjon.yaml", line: 19, message: ["høyst 3"])
    }
}
