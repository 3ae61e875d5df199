import Foundation
import Testing
@testable import BeredskapCore

@Suite("Steps and tasks that actions fulfil (done_by), and closing as a DO-CONFIRM")
struct FulfilmentTests {
    let uten = GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref
    let delvis = GuidanceFixture.procedure("epj-delvis-is", mode: .partialIT).ref

    func seq(of type: String, in s: Scenario) -> Int? { s.journal.last { $0.event.body.type == type }?.seq }

    @Test("The written form reads back, and nonsense is not a fulfilment", arguments: [
        "opened", "triage", "level", "control", "role:loggforer", "message", "message:ansatte", "forms", "forms:journalnotat",
        "phase:gjenopprettes",
    ])
    func syntax(_ text: String) throws {
        #expect(try #require(Fulfilment(text)).description == text)
        #expect(Fulfilment(text + "x") == nil || text.contains(":"))
        #expect(Fulfilment("role") == nil)
        #expect(Fulfilment("phase:ferdig") == nil)
    }

    @Test("Triage and a level decision tick the steps they fulfil, in both alternatives, citing the event's seq")
    func steps() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        let triaged = try #require(seq(of: IncidentTriaged.type, in: s))
        for ref in [uten, delvis] {
            #expect(s.state[id]?.completedSteps[ref]?["v1"]?.fulfilledBy == triaged)
            #expect(s.state[id]?.completedSteps[ref]?["v2"] == nil)
        }
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        let decided = try #require(seq(of: LevelChanged.type, in: s))
        #expect(s.state[id]?.completedSteps[uten]?["v2"]?.fulfilledBy == decided)
        #expect(s.state[id]?.completedSteps[uten]?["x1"] == nil, "a closing step needs the decision made at closing")
        #expect(s.state[id]?.completedSteps[uten]?["v3"] == nil, "a step nothing fulfils stays for a person to tick")
    }

    @Test("A level's tasks are done by appointing the role and sending the message; the rest stay open")
    func tasks() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        #expect(s.state[id]?.tasks.filter(\.isOpen).map(\.id) == ["O1", "O2", "O3"])
        try s.run(.assignRole("loggforer", person: "Lars Logg", handoverNote: nil))
        let appointed = try #require(seq(of: RoleAssigned.type, in: s))
        #expect(s.state[id]?.task("O1")?.fulfilledBy == appointed)
        #expect(s.state[id]?.task("O1")?.isOpen == false)

        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: nil, contact: nil, text: nil))
        #expect(s.state[id]?.task("O2")?.isOpen == true, "drafting is not sending")
        try s.run(.approveMessage(id, "M1"), by: "Anne Leder")
        try s.run(.sendMessage(id, "M1", channel: "Intranett"))
        #expect(s.state[id]?.task("O2")?.fulfilledBy == seq(of: MessageSent.type, in: s))
        #expect(s.state[id]?.task("O3")?.isOpen == true)
    }

    @Test("A role filled before the level is entered completes the level's task at once, citing the appointment")
    func roleAlreadyFilled() throws {
        var s = GuidanceFixture.scenario()
        try s.run(.assignRole("loggforer", person: "Lars Logg", handoverNote: nil))
        let appointed = try #require(seq(of: RoleAssigned.type, in: s))
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        #expect(s.state[id]?.task("O1")?.fulfilledBy == appointed)
    }

    @Test("Replaying the journal gives the same fulfilled steps and tasks")
    func replay() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        try s.run(.assignRole("loggforer", person: "Lars Logg", handoverNote: nil))
        let replayed = s.journal.reduce(State(organisation: GuidanceFixture.organisation)) { $0.evolve($1.event, seq: $1.seq) }
        #expect(replayed == s.state)
    }

    @Test("Closing lists unticked critical steps and open tasks; closing past them needs a reason, which is journaled")
    func doConfirm() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        for duty in s.state[id]?.duties ?? [] { try s.run(.recordCall(id, duty.id, outcome: .reached, number: nil, note: nil)) }
        try s.bring(id, to: .reEntry)
        let refusal = s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: .keep(reason: "Følger med")))
        guard case .unfinishedWork(_, let items)? = refusal else {
            Issue.record("closing was not stopped: \(String(describing: refusal))")
            return
        }
        #expect(items.filter { $0.contains("Varsle avdelingene om papirrutiner") }.count == 1, "once, not once per alternative")
        #expect(items.contains { $0.contains("Hold statusmøte") })
        #expect(s.state[id]?.phase == .reEntry)

        let events = try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: .keep(reason: "Følger med"),
                                      unfinishedReason: "Statusmøtet ble holdt på telefon; avdelingene varslet muntlig"))
        guard case .incidentClosed(let closed) = events.first?.body else {
            Issue.record("no closing event")
            return
        }
        #expect(closed.unfinished == items)
        #expect(closed.unfinishedReason == "Statusmøtet ble holdt på telefon; avdelingene varslet muntlig")
    }

    @Test("The closing steps can be ticked after closing and before the evaluation, not after it")
    func closingSteps() throws {
        var s = GuidanceFixture.scenario()
        let id = try s.open()
        try GuidanceFixture.triage(&s, id)
        try s.bring(id, to: .reEntry)
        try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: nil, unfinishedReason: "Øvd på papir"))
        try s.run(.completeStep(id, uten, step: "x2"))
        #expect(s.state[id]?.completedSteps[uten]?["x2"] != nil)
        try s.run(.evaluate(id, lessons: ["God flyt"], actions: []))
        #expect(s.refusal(.completeStep(id, uten, step: "x1"))?.isAboutPhase == true)
    }
}
