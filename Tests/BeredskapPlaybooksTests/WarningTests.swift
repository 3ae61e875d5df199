import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Warnings: stale and future contacts, systems without a procedure")
struct WarningTests {
    /// 2026-12-01 12:00 UTC.
    static let december = Date(timeIntervalSince1970: 1_796_126_400)

    @Test func staleContactsAreWarningsWithTheirAge() throws {
        let report = PlaybookLoader.load(directory: validFixture.path, now: Self.december)
        expectDiagnostic(report, .warning, file: "kontakter.yaml", line: 8, column: 15,
                         message: ["kontakten «it-vakt»", "320 dager", "180"], hint: ["verified"])
        expectDiagnostic(report, .warning, file: "kontakter.yaml", line: 15, message: ["kontakten «leverandor-epj»", "303 dager"])
        #expect(report.errors == [])
        #expect(report.organisation != nil)
    }

    @Test func contactMaxAgeComesFromOrganisasjon() throws {
        let copy = try PlaybookCopy()
        try copy.replace("organisasjon.yaml", "contact_max_age_days: 180", with: "contact_max_age_days: 310")
        let report = copy.load(now: Self.december)
        #expect(report.warnings.map(\.line) == [8])
        #expect(report.organisation?.contactMaxAgeDays == 310)
    }

    @Test func contactVerifiedInTheFuture() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "verified: 2026-02-01", with: "verified: 2026-04-01")
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "kontakter.yaml", line: 15, column: 15, message: ["fremtiden", "30 dager"])
        #expect(report.warnings.count == 1)
    }

    @Test func verifiedTodayIsNeitherStaleNorFuture() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "verified: 2026-02-01", with: "verified: 2026-03-01")
        #expect(copy.load().diagnostics == [])
    }

    @Test func systemWithoutProcedure() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    class: k4\n    owner: IKT-avdelingen\n    procedures: [epj-nede]\n",
                         with: "    class: k4\n    owner: IKT-avdelingen\n")
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "systemer.yaml", line: 17, column: 9, message: ["systemet «print» har ingen nødprosedyre"],
                         hint: ["systems: [print]", "Normen 5.9"])
        #expect(report.diagnostics.count == 1)
        #expect(report.organisation != nil)
    }

    @Test func aBrokenProcedureStillCoversItsSystems() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "type: uten-is", with: "type: papir")
        let report = copy.load()
        #expect(report.warnings == [])
        #expect(report.errors.count == 1)
    }

    @Test func aMostCriticalSystemWithoutProcedureIsAnError() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    class: k1\n    owner: IKT-avdelingen\n    procedures: [epj-nede]\n",
                         with: "    class: k1\n    owner: IKT-avdelingen\n")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 10, column: 9,
                         message: ["systemet «ad» har ingen nødprosedyre", "de to mest kritiske klassene"], hint: ["Normen 5.9"])
        #expect(report.organisation == nil)
    }
}
