import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

/// The register's planning fields (factsheet 1a, 1d, 1e, 1g): read into the system, every mistake named with file:line.
@Suite("Systems register: consequence, risk assessment, max outage approval, vendor agreement")
struct SystemRegisterTests {
    /// The fixture's epj entry ends with its risk assessment on line 9; these lines follow it, 10 to 17.
    static let documented = """
            risk_assessment: ROS-2025-01
            max_outage_approved: {by: Fagdirektør, date: 2026-01-15}
            agreement:
              reference: Driftsavtale bilag 2
              roles: [Leverandøren retter feil i EPJ, IKT-vakt eier hendelsen]
              response_time: 15m
              deliveries:
                - Lesekopi av journalen innen 1 time
              vendor_procedures: Leverandørens rutine JS-BER-02

        """

    func documentedCopy() throws -> PlaybookCopy {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    risk_assessment: ROS-2025-01\n", with: Self.documented)
        return copy
    }

    @Test func everyFieldIsReadIntoTheSystem() throws {
        let report = try documentedCopy().load()
        #expect(report.diagnostics == [])
        let epj = try #require(report.organisation?.system("epj"))
        #expect(epj.consequence == "Journal, kurve og henvisninger er utilgjengelige; papirrutiner på alle sengeposter")
        #expect(epj.riskAssessment == "ROS-2025-01")
        #expect(epj.maxOutageApproved == Approval(by: "Fagdirektør", on: try #require(CalendarDate.parse("2026-01-15"))))
        #expect(epj.agreement == VendorAgreement(reference: "Driftsavtale bilag 2",
                                                 roles: ["Leverandøren retter feil i EPJ", "IKT-vakt eier hendelsen"],
                                                 responseTime: Minutes(15), deliveries: ["Lesekopi av journalen innen 1 time"],
                                                 vendorProcedures: "Leverandørens rutine JS-BER-02"))
        let print = try #require(report.organisation?.system("print"))
        #expect(print.consequence == nil && print.agreement == nil && print.maxOutageApproved == nil,
                "all of them are optional, and a class-4 system without them is not warned")
    }

    @Test(arguments: [
        ("    max_outage_approved: {by: Fagdirektør, date: 2026-01-15}",
         "    max_outage_approved: {by: Fagdirektør, date: 2026-01-15, dato: 2026-01-16}", 10, 62, "«dato»", "mente du «date»?"),
        ("      response_time: 15m", "      respons_time: 15m", 14, 7, "«respons_time»", "mente du «response_time»?"),
        ("      deliveries:", "      deliverys:", 15, 7, "«deliverys»", "mente du «deliveries»?"),
        ("    agreement:", "    agrement:", 11, 5, "«agrement»", "mente du «agreement»?"),
    ])
    func unknownKeysSuggestTheNearest(old: String, new: String, line: Int, column: Int, key: String, suggestion: String) throws {
        let copy = try documentedCopy()
        try copy.replace("systemer.yaml", old + "\n", with: new + "\n")
        let report = copy.load()
        let diagnostic = expectDiagnostic(report, file: "systemer.yaml", line: line, column: column, message: ["ukjent nøkkel \(key)"],
                                          hint: [suggestion])
        #expect(diagnostic?.message.contains("«epj»") == true, "names the system: \(String(describing: diagnostic))")
        #expect(report.organisation == nil)
    }

    @Test func aMissingDeliveryListAndAnEmptyRoleListAreErrors() throws {
        let copy = try documentedCopy()
        try copy.replace("systemer.yaml", "      deliveries:\n        - Lesekopi av journalen innen 1 time\n", with: "")
        try copy.replace("systemer.yaml", "      roles: [Leverandøren retter feil i EPJ, IKT-vakt eier hendelsen]", with: "      roles: []")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 12, column: 7,
                         message: ["«agreement» for systemet «epj»", "mangler feltet «deliveries»"])
        expectDiagnostic(report, file: "systemer.yaml", line: 13, column: 7, message: ["«roles»", "tom"], hint: ["hvem som gjør hva"])
        #expect(report.organisation == nil)
    }

    @Test func badValuesInsideTheMappingsNameTheirLine() throws {
        let copy = try documentedCopy()
        try copy.replace("systemer.yaml", "date: 2026-01-15", with: "date: 15.01.2026")
        try copy.replace("systemer.yaml", "response_time: 15m", with: "response_time: snart")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 10, column: 50, message: ["ugyldig dato «15.01.2026»"], hint: ["ÅÅÅÅ-MM-DD"])
        expectDiagnostic(report, file: "systemer.yaml", line: 14, column: 22, message: ["ugyldig varighet «snart»", "«response_time»"])
    }

    @Test func anAgreementWrittenAsTextIsAnError() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    depends_on: [ad]\n", with: "    depends_on: [ad]\n    agreement: Driftsavtalen\n")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 8, column: 16,
                         message: ["«agreement» for systemet «epj»", "«nøkkel: verdi»", "teksten «Driftsavtalen»"])
    }

    @Test func anApprovalDatedInTheFutureIsAWarning() throws {
        let copy = try documentedCopy()
        try copy.replace("systemer.yaml", "date: 2026-01-15", with: "date: 2026-06-01")
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "systemer.yaml", line: 10, column: 50, message: ["«epj»", "fremtiden"])
        #expect(report.errors == [])
    }

    @Test func anAgreementWithoutAVendorIsAWarning() throws {
        let copy = try documentedCopy()
        try copy.replace("systemer.yaml", "    vendor: leverandor-epj\n", with: "")
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "systemer.yaml", line: 10, column: 5, message: ["«agreement»", "ingen «vendor»"],
                         hint: ["faktaark 1g"])
        #expect(report.errors == [])
    }

    @Test func aTopTwoClassSystemWithoutConsequenceOrRiskAssessmentIsWarned() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    consequence: Ingen kan logge på kliniske systemer\n    risk_assessment: ROS-2025-02\n", with: "")
        let report = copy.load()
        let ad = report.warnings.filter { $0.line == 10 }
        #expect(ad.count == 2, "\(report.diagnostics)")
        #expect(ad.allSatisfy { $0.column == 9 && $0.message.contains("systemet «ad»") && $0.message.contains("to mest kritiske") })
        #expect(ad.contains { $0.message.contains("konsekvens ved bortfall") && $0.hint?.contains("faktaark 1a") == true })
        #expect(ad.contains { $0.message.contains("risikovurdering") && $0.hint?.contains("faktaark 1d") == true })
        #expect(report.errors == [])
        #expect(report.organisation != nil, "warnings only: the console still starts")
    }
}
