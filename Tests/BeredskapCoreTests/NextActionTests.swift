import Foundation
import Testing
@testable import BeredskapCore

@Suite("«Hva nå?»: the next action for every phase and situation, most pressing first")
struct NextActionTests {
    typealias Kind = NextAction.Kind

    func kinds(_ s: Scenario) -> [Kind] { NextActions.list(s.state, now: s.now).map(\.kind) }
    func first(_ s: Scenario) -> NextAction? { NextActions.list(s.state, now: s.now).first }

    /// Calls every outstanding duty and reaches the person.
    func reachEveryone(_ s: inout Scenario, _ id: IncidentID) throws {
        for duty in s.state[id]?.duties.filter(\.isOutstanding) ?? [] {
            try s.run(.recordCall(id, duty.id, outcome: .reached, number: nil, note: nil))
        }
    }

    @Test("One incident's list is the whole list's items for it, in the same order, at every stage")
    func oneIncidentsListIsItsPartOfTheWhole() throws {
        var s = GuidanceFixture.scenario()
        let first = try s.open("EPJ nede")
        let second = try s.open("Telefoni nede")
        func agree(_ stage: String) {
            let whole = NextActions.list(s.state, now: s.now)
            for id in [first, second] {
                guard let incident = s.state[id] else { continue }
                #expect(NextActions.list(for: incident, in: s.state, now: s.now) == whole.filter { $0.incident == id }, "\(stage), \(id)")
            }
        }
        agree("opened")
        try GuidanceFixture.triage(&s, first)
        agree("triaged")
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [first]))
        agree("level decided")
        try s.run(.close(second, summary: "Falsk alarm", dismissal: "Ikke en driftsstans", level: .keep(reason: "EPJ er fortsatt nede")))
        agree("one closed")
    }

    @Test("With nothing open it never says just that nothing is urgent: it says how to open an incident")
    func nothingOpen() {
        let s = GuidanceFixture.scenario()
        #expect(kinds(s) == [.openIncident])
        #expect(first(s)?.title.contains("Opprett en hendelse") == true)
    }

    @Test("Table: the first item at each stage of an EPJ outage, driven to evaluation")
    func wholeOutage() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open("EPJ nede")
        #expect(first(s)?.kind == .triage, "right after opening: triage, not «nothing urgent»")

        try GuidanceFixture.triage(&s, id)
        let v3 = StepID("v3")
        #expect(kinds(s).prefix(2) == [.step(GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref, v3), .decideLevel(suggested: .red)],
                "the phase's critical step, then the level the triage suggests; «Beslutt beredskapsnivå» is not listed twice")
        #expect(kinds(s).filter { if case .step(_, v3) = $0 { true } else { false } }.count == 1,
                "a step in both alternative procedures is one item")

        try s.run(.completeStep(id, GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref, step: v3))
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        #expect(first(s)?.kind == .startResponse, "the level is decided: start the response")

        try s.run(.startResponse(id, note: nil))
        let calls = NextActions.list(s.state, now: s.now).first
        #expect(calls?.kind == .notify("V1", count: 2), "the calls due first; \(String(describing: calls))")
        #expect(calls?.title == "Varsle Ida Berg (IKT-leder) og 1 til")
        #expect(NextActions.callOrder(try #require(s.state[id])).first?.id == "V1", "the Varsling screen starts with the same call")

        s.wait(minutes(20))
        let late = try #require(first(s))
        #expect(late.kind == .notify("V1", count: 1))
        #expect(late.urgency == .overdue)

        try reachEveryone(&s, id)
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        try s.run(.assignRole("loggforer", person: "Lars Logg", handoverNote: nil))
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: nil, contact: nil, text: nil))
        try s.run(.approveMessage(id, "M1"), by: "Anne Leder")
        try s.run(.sendMessage(id, "M1", channel: "Intranett"))
        #expect(first(s)?.kind == .task("O3"), "only the status meeting is left of the level's tasks")
        try s.run(.completeTask(id, "O3", note: nil))
        #expect(first(s)?.kind == .confirmControl)

        try s.run(.issueForms(id, form: "journalnotat", count: 2, issuedTo: "Sengepost 3B"))
        try s.run(.confirmControl(id, note: "Oversikt"))
        #expect(first(s)?.kind == .startRestoration)
        try s.run(.startRestoration(id, note: nil))
        #expect(first(s)?.kind == .confirmRestored)
        try s.run(.confirmRestored(id, note: nil))
        #expect(kinds(s).prefix(2) == [.step(GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref, "a1"), .reEnterForms(remaining: 2)],
                "re-entry names the forms left")
        try s.run(.completeStep(id, GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref, step: "a1"))
        for serial: FormSerial in ["JN-0001", "JN-0002"] {
            for status in [FormStatus.returned, .entered, .verified] { try s.run(.advanceForm(id, serial, to: status)) }
        }
        #expect(first(s)?.kind == .close)

        try s.run(.close(id, summary: "Gjenopprettet", dismissal: nil, level: .keep(reason: "Vi følger med et døgn")))
        #expect(first(s)?.kind == .lowerLevel, "nothing open at a raised level: decide on the level")
        let closing = kinds(s).filter { if case .step = $0 { true } else { false } }
        #expect(closing == [.step(GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref, "x2")],
                "the closing decision ticked «Beslutt beredskapsnivå ved avslutning»; the report is left")
        #expect(kinds(s).contains(.evaluate), "after closing the evaluation is still to do")

        try s.run(.evaluate(id, lessons: ["Ringelisten var god"], actions: []))
        #expect(!kinds(s).contains(.evaluate))
        #expect(kinds(s) == [.lowerLevel, .openIncident])
    }

    @Test("A second incident's items stand beside the first's, overdue first across both")
    func twoIncidents() throws {
        var s = GuidanceFixture.scenario()
        let first = try s.open("EPJ nede")
        try GuidanceFixture.triage(&s, first)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [first]))
        try s.run(.startResponse(first, note: nil))
        s.wait(minutes(15))
        let second = try s.open("Telefoni nede")
        let list = NextActions.list(s.state, now: s.now)
        #expect(list.first?.incident == first)
        #expect(list.first?.urgency == .overdue)
        #expect(list.contains { $0.incident == second && $0.kind == .triage })
    }

    @Test("Missing krisestab roles at the level are named until filled")
    func missingRoles() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open("EPJ nede")
        try GuidanceFixture.triage(&s, id)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        #expect(kinds(s).contains(.appointRole("loggforer")))
        try s.run(.assignRole("loggforer", person: "Lars Logg", handoverNote: nil))
        #expect(!kinds(s).contains(.appointRole("loggforer")))
        #expect(kinds(s).contains(.appointRole("krisestabsleder")))
    }
}
