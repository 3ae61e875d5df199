import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Every problem in one run, sorted")
struct AllAtOnceTests {
    @Test func threeProblemsInOneFileGiveThreeDiagnostics() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "depends_on: [ad]", with: "depend_on: [ad]")
        try copy.replace("systemer.yaml", "    class: k1\n    owner: IKT", with: "    class: k9\n    owner: IKT")
        try copy.replace("systemer.yaml", "    name: Utskrift", with: "    name: [Utskrift]")
        let report = copy.load()
        #expect(report.diagnostics.map { "\($0.file):\($0.line):\($0.column)" }
                == ["systemer.yaml:7:5", "systemer.yaml:14:12", "systemer.yaml:18:11"])
        #expect(report.diagnostics.map(\.message) == [
            "ukjent nøkkel «depend_on» i systemet «epj»",
            "«class» viser til ukjent kritikalitetsklasse «k9»",
            "«name» i systemet «print» skal være tekst, men er en liste",
        ])
        #expect(report.organisation == nil)
    }

    @Test func problemsInSeveralFilesAreSortedByFileThenLine() throws {
        let copy = try PlaybookCopy()
        try copy.replace("maler.yaml", "Det kan bli lengre ventetid.", with: "Oppgi fødselsnummer.")
        try copy.replace("kontakter.yaml", "external: true", with: "external: kanskje")
        try copy.replace("kontakter.yaml", "external: false", with: "external: nei")
        try copy.replace("roller.yaml", "    name: Loggfører", with: "    navn: Loggfører")
        let report = copy.load()
        #expect(report.errors.map { "\($0.file):\($0.line)" } == [
            "kontakter.yaml:6", "kontakter.yaml:13", "maler.yaml:11", "roller.yaml:8", "roller.yaml:9",
        ])
        #expect(report.warnings == [])
    }
}
