import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The krisestab status report from a state built by Core's own decide and evolve.
@Suite struct StatusReportTests {
    let start = DemoOrganisation.now
    let state: State
    let incident: IncidentID

    init() throws {
        var state = State(organisation: try DemoOrganisation.load())
        var seq = 0
        func apply(_ action: Action) throws {
            for event in try state.decide(Command(by: OperatorName("kari"), action), now: DemoOrganisation.now) {
                seq += 1
                state = state.evolve(event, seq: seq)
            }
        }
        try apply(.openIncident(title: "EPJ utilgjengelig", detectedBy: "Sengepost 3B"))
        incident = try #require(state.incidents.first?.id)
        try apply(.assignRole(.crisisLead, person: "kari", handoverNote: nil))
        try apply(.setLevel(.red, reason: "Forventet over maksimal avbruddstid", incidents: [incident]))
        self.state = state
    }

    func report(at now: Date, recent: [StatusReport.Entry] = []) -> PaperDocument {
        StatusReport(state: state, seal: "7-1M3Q-8ZK2-XH4D", incident: incident, decisions: [], recent: recent, now: now,
                     timeZone: TimeZone(identifier: "Europe/Oslo")!).document
    }

    func rows(_ document: PaperDocument, under heading: String) -> [[String]] {
        guard let index = document.blocks.firstIndex(of: .subheading(heading)),
              case .table(let table) = document.blocks[index + 1] else { return [] }
        return table.rows
    }

    @Test func sealLevelAndIncidentAreStated() {
        let document = report(at: start)
        #expect(document.mark.line.contains("segl 7-1M3Q-8ZK2-XH4D"))
        #expect(document.blocks.contains { if case .paragraph(let text) = $0 { text.hasPrefix("Beredskapsnivå: RØD – Forventet") } else { false } })
        #expect(document.blocks.contains(.heading("\(incident.rawValue): EPJ utilgjengelig")))
        #expect(!rows(document, under: "Varsling").isEmpty)
        #expect(rows(document, under: "Varsling").allSatisfy { $0[2] == "Mangler" })
    }

    @Test func overdueTasksComeFirst() throws {
        let tasks = rows(report(at: start.addingTimeInterval(45 * 60)), under: "Åpne oppgaver etter rolle, forsinkede først")
        let statuses = tasks.map { $0[3] }
        #expect(statuses.contains("Forsinket") && statuses.contains("Åpen"), "\(statuses)")
        #expect(statuses == statuses.sorted { $0 == "Forsinket" && $1 != "Forsinket" })
        #expect(rows(report(at: start), under: "Åpne oppgaver etter rolle, forsinkede først").allSatisfy { $0[3] == "Åpen" })
    }

    @Test func onlyThisIncidentsEntriesAndTheOrganisationsAreShown() {
        let other = IncidentID("H-2026-099")
        let recent = [
            StatusReport.Entry(seq: 1, at: start, incident: incident, text: "Hendelse opprettet"),
            StatusReport.Entry(seq: 2, at: start, incident: other, text: "En annen hendelse"),
            StatusReport.Entry(seq: 3, at: start, incident: nil, text: "Krisestabsleder utnevnt"),
        ]
        let shown = rows(report(at: start, recent: recent), under: "Siste registreringer i hendelsesloggen").map { $0[2] }
        #expect(shown == ["Hendelse opprettet", "Krisestabsleder utnevnt"])
    }

    @Test func whatNowIsTheSameListTheConsoleShows() {
        let later = start.addingTimeInterval(45 * 60)
        let printed = rows(report(at: later), under: "Hva nå?")
        let expected = NextActions.list(state, now: later).filter { $0.incident == incident }.prefix(10)
        #expect(printed.map { $0[1] } == expected.map(\.title))
        #expect(printed.first?[1] == "Vurder \(incident.rawValue): berørte systemer, kategori, alvorlighet og konsekvens (2a)"
                || printed.first?[2].hasPrefix("FORSINKET") == true, "overdue first, else the phase action: \(printed)")
        #expect(printed.contains { $0[2].hasPrefix("FORSINKET ") }, "45 minutes in, the red level's calls are late")
    }
}
