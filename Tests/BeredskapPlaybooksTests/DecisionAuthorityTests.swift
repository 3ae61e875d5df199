import BeredskapCore
@testable import BeredskapPlaybooks
import Foundation
import Testing

/// `decisions` in roller.yaml: which role takes the decisions the playbooks reserve, and whether others may enter
/// them on the holder's behalf (Normen 5.2.1, 5.2.2).
@Suite struct DecisionAuthorityTests {
    /// The fixture's roller.yaml (12 lines) with `decisions` written after it, from line 13.
    func withDecisions(_ text: String) throws -> PlaybookCopy {
        let copy = try PlaybookCopy()
        let roles = try copy.read("roller.yaml")
        try copy.write("roller.yaml", roles + "decisions:\n" + text)
        return copy
    }

    @Test func eachDecisionNamesItsRoleAndWhetherItMayBeRelayed() throws {
        let copy = try withDecisions("""
              level: {role: krisestabsleder, relay: true}
              control: {role: krisestabsleder, relay: false}
              appoint_lead: {role: krisestabsleder, relay: true}

            """)
        let report = copy.load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let authority = try #require(report.organisation?.authority)
        #expect(authority[.level] == DecisionAuthority(role: "krisestabsleder", relay: true))
        #expect(authority[.control] == DecisionAuthority(role: "krisestabsleder", relay: false))
        #expect(authority[.messageApproval] == DecisionAuthority.defaults[.messageApproval], "message approval keeps the lead")
    }

    @Test func withoutDecisionsOnlyMessagesAreTheLeads() throws {
        let report = try PlaybookCopy().load()
        #expect(report.organisation?.authority == DecisionAuthority.defaults)
    }

    @Test func anUnknownDecisionGetsTheNearestName() throws {
        let copy = try withDecisions("  levle: {role: krisestabsleder, relay: true}\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 14, column: 3, message: ["ukjent nøkkel «levle»"], hint: ["level"])
    }

    @Test func anUnknownRoleIsReportedWhereItIsNamed() throws {
        let copy = try withDecisions("  level: {role: krisestabssjef, relay: true}\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 14, column: 17, message: ["ukjent rolle «krisestabssjef»"])
    }

    @Test func relayMustBeSaid() throws {
        let copy = try withDecisions("  control: {role: krisestabsleder}\n")
        expectDiagnostic(copy.load(), file: "roller.yaml", line: 14, message: ["beslutningen «control»", "«relay»"])
    }
}
