import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Dependencies: cycles and Normen 5.9 criticality")
struct DependencyTests {
    @Test func twoSystemCycleIsNamedInOrder() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    owner: IKT-avdelingen\n    procedures: [epj-nede]\n  - id: print",
                         with: "    owner: IKT-avdelingen\n    depends_on: [epj]\n    procedures: [epj-nede]\n  - id: print")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 16, column: 18, message: ["epj → ad → epj"], hint: ["fjern en av avhengighetene"])
        #expect(report.errors.count == 1)
    }

    @Test func selfDependency() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "depends_on: [ad]", with: "depends_on: [ad, epj]")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 7, column: 22, message: ["epj → epj"])
        #expect(report.errors.count == 1)
    }

    @Test func longerCycleIsReportedOnce() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    owner: IKT-avdelingen\n    procedures: [epj-nede]\n  - id: print",
                         with: "    owner: IKT-avdelingen\n    depends_on: [nett]\n    procedures: [epj-nede]\n  - id: nett\n    name: Nettverk\n    class: k1\n"
                             + "    owner: IKT-avdelingen\n    depends_on: [epj]\n    procedures: [epj-nede]\n  - id: print")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 22, column: 18, message: ["epj → ad → nett → epj"])
        #expect(report.errors.count == 1)
    }

    @Test func dependencyOnALessCriticalClassNamesTheEdge() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "depends_on: [ad]", with: "depends_on: [ad, print]")
        let report = copy.load()
        let diagnostic = expectDiagnostic(report, file: "systemer.yaml", line: 7, column: 22,
                                          message: ["epj (klasse k1) avhenger av print (klasse k4): en avhengighet må ha minst samme kritikalitet"],
                                          hint: ["gi print klasse k1", "Normen 5.9"])
        #expect(diagnostic?.description == "systemer.yaml:7:22: feil: epj (klasse k1) avhenger av print (klasse k4): "
                + "en avhengighet må ha minst samme kritikalitet (tips: gi print klasse k1 eller en mer kritisk klasse i "
                + "systemer.yaml (Normen 5.9), eller fjern avhengigheten)")
        #expect(report.errors.count == 1)
    }

    @Test func dependingOnAMoreCriticalSystemIsFine() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    class: k4\n", with: "    class: k4\n    depends_on: [epj, ad]\n")
        #expect(copy.load().diagnostics == [])
    }

    @Test func aSystemsOwnMaxOutageMustBeStricterThanItsClass() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    class: k1\n", with: "    class: k1\n    max_outage: 30d\n")
        let report = copy.load()
        #expect(report.errors.contains { $0.message.contains("ikke er strengere enn klassen") }, "\(report.errors)")
    }
}
