import Foundation
import Testing
@testable import BeredskapCore

@Suite("Evolve: replaying the journal")
struct EvolveTests {
    @Test("Replaying the recorded events into an empty state gives the same state")
    func replay() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.red, reason: "EPJ nede", incidents: [id]))
        try s.run(.issueForms(id, form: "papirjournal", count: 2, issuedTo: "Sengepost 3B"))
        try s.run(.flagPrivacyBreach(id, awareAt: night, note: "Utskrift funnet"))
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        try s.bring(id, to: .reEntry)

        let replayed = s.journal.reduce(State(organisation: Scenario.organisation)) { $0.evolve($1.event, seq: $1.seq) }
        #expect(replayed == s.state)
        #expect(replayed.lastSeq == s.journal.count)
    }

    @Test("Evolve returns a new state and leaves the old one as it was")
    func valueSemantics() throws {
        var s = Scenario()
        let id = try s.open()
        let before = s.state
        let event = Event(registered: night, operatorName: "Kari Vakt", incident: id, body: .logEntry(LogEntry(text: "Hei")))
        let after = before.evolve(event, seq: 2)
        #expect(before.lastSeq == 1)
        #expect(after.lastSeq == 2)
    }

    @Test("The last seq is the highest seen, so corrections can point at any recorded line")
    func lastSeqIsHighest() throws {
        let opened = Event(registered: night, operatorName: "Kari Vakt", incident: "H-2026-001",
                           body: .incidentOpened(IncidentOpened(title: "EPJ nede")))
        let note = Event(registered: night, operatorName: "Kari Vakt", incident: "H-2026-001", body: .logEntry(LogEntry(text: "Hei")))
        var state = State().evolve(opened, seq: 1).evolve(note, seq: 7)
        #expect(state.lastSeq == 7)
        state = state.evolve(note, seq: 3)
        #expect(state.lastSeq == 7)

        let correct = Command(by: "Kari Vakt", .correct(seq: 7, incident: nil, text: "Rettet", reason: "Feil"))
        #expect(throws: Never.self) { try state.decide(correct, now: night) }
        let beyond = Command(by: "Kari Vakt", .correct(seq: 8, incident: nil, text: "Rettet", reason: "Feil"))
        #expect(throws: Refusal.unknownSeq(8, last: 7)) { try state.decide(beyond, now: night) }
    }

    @Test("Events that do not fit the state change nothing but the seq")
    func eventsThatDoNotFit() throws {
        var s = Scenario()
        let id = try s.open()
        let reopened = Event(registered: night + 60, operatorName: "Ola", incident: id,
                             body: .incidentOpened(IncidentOpened(title: "Annen tittel")))
        let stray = Event(registered: night + 60, operatorName: "Ola", incident: "H-2026-404",
                          body: .taskAssigned(TaskAssigned(task: "O1", title: "Ingen", role: "ikt-vakt", due: nil)))
        let noIncident = Event(registered: night + 60, operatorName: "Ola", incident: nil, body: .responseStarted(ResponseStarted()))
        var expected = s.state
        var state = s.state
        for (offset, event) in [reopened, stray, noIncident].enumerated() {
            state = state.evolve(event, seq: 2 + offset)
        }
        expected.lastSeq = 4
        #expect(state == expected)
        #expect(state[id]?.title == "DIPS Arena svarer ikke")
    }
}
