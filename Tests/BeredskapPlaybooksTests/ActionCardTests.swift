import BeredskapCore
@testable import BeredskapPlaybooks
import Foundation
import Testing

/// Tiltakskort in roller.yaml: the first actions of a role at each raised level (factsheet 2e).
@Suite struct ActionCardTests {
    func withCards(_ cards: String) throws -> PlaybookCopy {
        let copy = try PlaybookCopy()
        try copy.replace("roller.yaml", "      - Kall inn krisestaben\n", with: "      - Kall inn krisestaben\n    cards:\n" + cards)
        return copy
    }

    @Test func cardsAreReadPerLevelInOrder() throws {
        let copy = try withCards("""
                  - level: gul
                    actions: [Kall inn krisestaben, Utnevn loggfører]
                  - level: rød
                    actions: [Ta ledelsen i krisestabsrommet]

            """)
        let report = copy.load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let lead = try #require(report.organisation?.role("krisestabsleder"))
        #expect(lead.actionCard(for: .yellow) == ["Kall inn krisestaben", "Utnevn loggfører"])
        #expect(lead.actionCard(for: .red) == ["Ta ledelsen i krisestabsrommet"])
        #expect(lead.actionCard(for: .green).isEmpty)
    }

    @Test func anUnknownLevelIsNamedWithTheNearestWord() throws {
        let copy = try withCards("      - level: roed\n        actions: [Kall inn]\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 9, column: 16, message: ["«roed»", "«level»"], hint: ["rød"])
    }

    @Test func normalDriftHasNoCard() throws {
        let copy = try withCards("      - level: normal\n        actions: [Kall inn]\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 9, column: 16, message: ["normal drift har ikke tiltakskort"],
                         hint: ["grønn, gul og rød"])
    }

    @Test func oneCardPerLevel() throws {
        let copy = try withCards("      - level: gul\n        actions: [Kall inn]\n      - level: gul\n        actions: [Møt opp]\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 11, column: 16, message: ["allerede et tiltakskort", "«gul»"])
    }

    @Test func aCardNeedsItsActions() throws {
        let copy = try withCards("      - level: gul\n        actions: []\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 10, message: ["ingen tiltak"])
        let missing = try withCards("      - level: gul\n")
        expectDiagnostic(missing.load(), file: "roller.yaml", line: 9, message: ["«actions»"])
    }

    @Test func theShippedRolesHaveACardAtEveryLevelThatStaffsThem() throws {
        let organisation = try DemoOrganisationTests().organisation()
        for level in organisation.levels {
            for role in level.roles {
                #expect(organisation.role(role)?.actionCard(for: level.level).isEmpty == false, "\(role) at \(level.level)")
            }
        }
    }
}
