import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

/// `testplan.yaml` (Normen 5.9, factsheet 3b): every procedure planned at least yearly, references checked.
@Suite("The yearly test plan")
struct TestPlanTests {
    @Test func theValidPlanIsRead() throws {
        let report = PlaybookLoader.load(directory: validFixture.path, now: fixtureNow)
        #expect(report.errors == [])
        #expect(report.organisation?.testPlan == [PlannedTest(procedure: "epj-nede", kind: .tabletop, month: .mars, responsible: "krisestabsleder")])
    }

    @Test func aProcedureLeftOutOfThePlanIsAnErrorAndAnUnknownOneIsNamed() throws {
        let copy = try PlaybookCopy()
        try copy.replace("testplan.yaml", "procedure: epj-nede", with: "procedure: epj-ned")
        let report = copy.load()
        expectDiagnostic(report, file: "testplan.yaml", line: 2, message: ["prosedyren «epj-nede» har ingen test i testplanen"],
                         hint: ["minst én gang i året"])
        expectDiagnostic(report, file: "testplan.yaml", line: 3, message: ["epj-ned"], hint: ["epj-nede"])
        #expect(report.organisation == nil)
    }

    @Test("An unknown kind, month or role is an error with a suggestion", arguments: [
        ("kind: bordøvelse", "kind: bordovelse", 4, "bordøvelse"),
        ("month: mars", "month: Mars", 5, "mars"),
        ("responsible: krisestabsleder", "responsible: krisestabsleider", 6, "krisestabsleder"),
    ])
    func unknownValuesSuggestTheNearest(old: String, new: String, line: Int, suggestion: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace("testplan.yaml", old, with: new)
        expectDiagnostic(copy.load(), file: "testplan.yaml", line: line, message: [String(new.split(separator: " ")[1])],
                         hint: [suggestion])
    }

    @Test func aMissingPlanIsAnError() throws {
        let copy = try PlaybookCopy()
        try copy.remove("testplan.yaml")
        expectDiagnostic(copy.load(), file: "testplan.yaml", line: 0, message: ["filen «testplan.yaml» mangler"])
    }
}
