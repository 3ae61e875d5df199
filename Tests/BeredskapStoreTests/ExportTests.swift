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

    /// The avvik CSV: one row per measure with its cost, alternatives and approval, what the avvik repeats, and no cell
    /// that starts a formula.
    @Test func theAvvikCSVHasARowPerMeasureWithCostApprovalAndRepeats() throws {
        let now = Date(timeIntervalSince1970: 1_794_967_600)
        let organisation = Organisation(name: "Test (fiktivt)", systems: [SystemEntry(id: "epj", name: "EPJ", classID: "k1", owner: "IKT")],
                                        categories: [CategoryDefinition(id: "strombrudd", name: "Strømbrudd", description: "", measures: [], notify: [])])
        var state = State(organisation: organisation)
        func run(_ action: Action) throws {
            for event in try state.decide(Command(by: "kari", action), now: now) { state.fold(event, seq: state.lastSeq + 1) }
        }
        let report = DeviationReport(what: "Strømbrudd", immediateMeasures: "Aggregat", possibleConsequence: "EPJ nede", howDetected: "Alarm",
                                     affected: [], cause: .system, roles: DeviationRoles(reporter: "a", handler: "b", owner: "c"),
                                     system: "epj", category: "strombrudd",
                                     risk: DeviationRisk(likelihood: .medium, consequence: .high, text: "Nytt brudd"))
        try run(.registerDeviation(report, incident: nil))
        try run(.registerDeviation(report, incident: nil))
        try run(.addDeviationMeasure("A-2026-002", MeasurePlan(text: "=Nytt aggregat", owner: "Teknisk drift", due: now + 86400, cost: "1 mill",
                                                               alternatives: "Leie", approval: Approval(by: "Direktør", on: now))))
        try run(.addDeviationMeasure("A-2026-002", MeasurePlan(text: "Månedlig test", owner: "Teknisk drift", due: now + 86400)))
        let csv = ManagementReportCSV.deviations(ManagementReport(state: state, from: now - 3600, to: now + 3600, now: now), timeZone: .oslo)
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 4, "a header, the first avvik without measures, the second's two measures: \(csv)")
        #expect(rows[0].hasPrefix("\"avvik\",\"registrert\",\"status\",\"system\",\"årsak\",\"risiko\""))
        #expect(rows[1] == #""A-2026-001","18.11.2026","åpent","EPJ","Strømbrudd","høy","middels","høy","","","","","","","","","","","""#)
        #expect(rows[2] == #""A-2026-002","18.11.2026","åpent","EPJ","Strømbrudd","høy","middels","høy","A-2026-001","T1","'=Nytt aggregat","#
            + #""Teknisk drift","19.11.2026","planlagt","nei","1 mill","Leie","Direktør","18.11.2026""#)
        #expect(rows[3].contains(#""T2","Månedlig test""#) && rows[3].hasSuffix(#""nei","","","","""#))
    }
}
