import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The binder's systems register on paper: every system's planning facts (factsheet 1a, 1d, 1e, 1g) and its
/// procedures with their kind (1f), read back from the PDF with pdftotext.
@Suite struct BinderSystemSheetTests {
    @Test func everySystemSheetPrintsItsConsequenceRiskApprovalAndAgreement() throws {
        let organisation = try DemoOrganisation.load()
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(Binder.document(organisation, printedAt: DemoOrganisation.now, timeZone: oslo),
                              run: PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: false, timeZone: oslo),
                              to: path)
        let text = letters(try Poppler.text(path))
        for label in ["Konsekvens ved bortfall (1a)", "Risikovurdering (1d)", "Maks avbrudd godkjent (1e)", "Leveranser ved bortfall",
                      "Leverandørens nødprosedyrer", "Nødprosedyrer (1f)"] {
            #expect(text.contains(letters(label)), "\(label)")
        }
        for system in organisation.systems {
            let consequence = try #require(system.consequence)
            let approval = try #require(system.maxOutageApproved)
            let agreement = try #require(system.agreement)
            #expect(text.contains(letters(consequence)), "1a for \(system.id)")
            #expect(text.contains(letters(try #require(system.riskAssessment))), "1d for \(system.id)")
            #expect(text.contains(letters("\(approval.by), \(Timestamps.day(approval.on, timeZone: oslo))")), "1e for \(system.id)")
            #expect(text.contains(letters(agreement.roles.joined(separator: "; "))), "1g roles for \(system.id)")
            #expect(text.contains(letters(agreement.deliveries.joined(separator: "; "))), "1g deliveries for \(system.id)")
        }
        let epj = try #require(organisation.system("epj")?.agreement)
        #expect(text.contains(letters("Svartid \(try #require(epj.responseTime))")), "the response time beside its label")
        #expect(text.contains(letters(try #require(epj.vendorProcedures))))
        #expect(text.contains(letters("Bortfall av telefoni, personsøk og alarmformidling (parallell løsning)")),
                "the telephony sheet names its procedure with the kind")
        #expect(text.contains(letters("Vannlekkasje eller kjølesvikt i datarom (teknisk reserveløsning)")))
        #expect(text.contains(letters("Type: parallell løsning")), "the checklist says its kind too")
    }

    @Test func theOverviewShowsASystemsOwnStricterMaxOutage() throws {
        let organisation = try DemoOrganisation.load()
        let blocks = SystemRegisterSection.blocks(organisation)
        guard case .table(let overview)? = blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no overview table")
            return
        }
        let power = try #require(overview.rows.first { $0.first == organisation.system("strom")?.name })
        #expect(power[2] == "\(try #require(organisation.maxOutage(of: "strom")))", "15 minutes, not the class's hour: \(power)")
    }
}
