import Foundation
import Testing
@testable import BeredskapCore

@Suite("Factsheet 12: malicious incidents in the management report, with measures taken and their results")
struct ResponseReportTests {
    static let organisation = Organisation(name: "Testsykehuset (fiktivt)", categories: [
        CategoryDefinition(id: "teknisk-feil", name: "Teknisk feil", description: "", measures: ["Stopp endringer"], notify: []),
        CategoryDefinition(id: "skadevare", name: "Skadevare", description: "",
                           measures: ["Isoler berørte maskiner", "Sikre logger", "Bytt passord"], notify: [], malicious: true),
    ])

    @Test("Only malicious categories are listed; ticked measures in the plan's order, the result, and the proposals")
    func listed() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let attack = try s.open("Løsepengevirus på filserver")
        try s.run(.triage(attack, TriageInput(systems: ["filserver"], category: "skadevare", severity: .high, consequence: "Filer kryptert")))
        let fault = try s.open("EPJ treg")
        try s.triage(fault)
        try s.run(.completeMeasure(attack, "skadevare", measure: 2))
        try s.run(.completeMeasure(attack, "skadevare", measure: 0))
        try s.run(.startResponse(attack, note: nil))
        try s.run(.confirmControl(attack, note: "Spredning stanset"))
        try s.run(.startRestoration(attack, note: nil))
        s.wait(hours(3))
        try s.run(.confirmRestored(attack, note: nil))
        try s.run(.close(attack, summary: "Gjenopprettet fra sikkerhetskopi; ingen data tapt", dismissal: nil, level: nil,
                         unfinishedReason: nil))
        try s.run(.evaluate(attack, lessons: ["Segmenteringen virket"], actions: [
            CorrectiveAction(text: "Innfør applikasjonshvitelisting", owner: "IKT-leder", due: night + hours(24 * 60))]))

        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(24), now: night + hours(5))
        #expect(report.responses.map(\.incident) == [attack])
        let line = try #require(report.responses.first)
        #expect(line.measuresTaken == ["Isoler berørte maskiner", "Bytt passord"] && line.measuresInPlan == 3)
        #expect(line.phase == .evaluated && line.controlConfirmed && line.restoredAfter == hours(3))
        #expect(line.outcome == "Gjenopprettet fra sikkerhetskopi; ingen data tapt")
        #expect(line.proposed == ["Innfør applikasjonshvitelisting"])
        #expect(line.title == "Løsepengevirus på filserver" && line.category == "Skadevare")

        let redacted = report.redacted(organisation: Self.organisation).responses
        #expect(redacted.first?.title == nil && redacted.first?.outcome == nil, "no titles or summaries for the supervisor")
        #expect(redacted.first?.measuresTaken == line.measuresTaken)
    }
}
