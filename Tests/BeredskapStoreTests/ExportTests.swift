import BeredskapCore
import Foundation
import Testing
@testable import BeredskapStore

/// What leaves the journal for a spreadsheet: nothing in a cell may be read as a formula or carry a control character.
@Suite struct ExportTests {
    /// A management report over one triaged incident on a system the register names `name`.
    func report(systemNamed name: String) throws -> ManagementReport {
        let now = Date(timeIntervalSince1970: 1_794_967_600)
        let organisation = Organisation(name: "Test (fiktivt)", systems: [SystemEntry(id: "epj", name: name, classID: "k1", owner: "IKT")])
        var state = State(organisation: organisation)
        func run(_ action: Action) throws {
            for event in try state.decide(Command(by: "kari", action), now: now) { state.fold(event, seq: state.lastSeq + 1) }
        }
        try run(.openIncident(title: "EPJ nede", detectedBy: nil))
        try run(.triage("H-2026-001", TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high, consequence: "Papir")))
        return ManagementReport(state: state, from: now - 3600, to: now + 3600, now: now)
    }

    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+47 22 00", "-1+1", "@SUM(A1)"])
    func aManagementReportCellNeverStartsAFormula(_ name: String) throws {
        let csv = ManagementReportCSV.render(try report(systemNamed: name))
        let row = csv.split(separator: "\r\n")[1]
        let quoted = "\"'" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(row.contains(quoted), "the cell starts with an apostrophe: \(row)")
    }

    @Test func aCellCarriesNoControlCharacter() throws {
        let csv = ManagementReportCSV.render(try report(systemNamed: "EPJ\u{1B}[2J\r\nslett"))
        #expect(!csv.unicodeScalars.contains { $0 == "\u{1B}" })
        #expect(csv.split(separator: "\r\n").count == 2, "one header and one row: \(csv)")
    }
}
