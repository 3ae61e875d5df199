import Foundation
import Testing
@testable import BeredskapCore

@Suite("Readiness level: the organisation's, set by decisions")
struct LevelTests {
    @Test("Raising needs a reason and cites an open incident")
    func raise() throws {
        var s = Scenario()
        let id = try s.incident(in: .triaged)
        #expect(s.refusal(.setLevel(.yellow, reason: " ", incidents: [id])) == .emptyText(field: "begrunnelse"))
        #expect(s.refusal(.setLevel(.yellow, reason: "EPJ nede", incidents: [])) == .raiseWithoutIncident)
        #expect(s.refusal(.setLevel(.yellow, reason: "EPJ nede", incidents: ["H-2026-404"])) == .unknownIncident("H-2026-404"))

        s.wait(minutes(10))
        let events = try s.run(.setLevel(.yellow, reason: "EPJ nede på sengepostene", incidents: [id]))
        #expect(events.map(\.body) == [.levelChanged(LevelChanged(from: .normal, to: .yellow, reason: "EPJ nede på sengepostene", incidents: [id]))])
        #expect(events[0].incident == id)
        #expect(s.state.level == .yellow)
        #expect(s.state.levelDecidedAt == s.now)
    }

    @Test("Raising cannot cite only closed incidents")
    func raiseCitingClosed() throws {
        var s = Scenario()
        let closed = try s.incident(in: .closed)
        #expect(s.refusal(.setLevel(.red, reason: "Etterpåklokskap", incidents: [closed])) == .raiseWithoutIncident)
        let open = try s.open("Telefoni nede")
        try s.run(.setLevel(.red, reason: "Telefoni nede", incidents: [closed, open]))
        #expect(s.state.level == .red)
    }

    @Test("Setting the level it already has is refused", arguments: ReadinessLevel.allCases)
    func sameLevel(level: ReadinessLevel) throws {
        var s = Scenario()
        let id = try s.open()
        if level != .normal { try s.run(.setLevel(level, reason: "Hevet", incidents: [id])) }
        #expect(s.refusal(.setLevel(level, reason: "Igjen", incidents: [id])) == .sameLevel(level))
    }

    @Test("Lowering needs a reason but no open incident")
    func lowerWithoutIncident() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.red, reason: "EPJ nede", incidents: [id]))
        try s.bring(id, to: .closed) // keeps the level when the last incident closes
        #expect(s.state.level == .red)
        #expect(s.state.openIncidents.isEmpty)

        #expect(s.refusal(.setLevel(.green, reason: "", incidents: [])) == .emptyText(field: "begrunnelse"))
        let events = try s.run(.setLevel(.green, reason: "Stabil drift i et døgn", incidents: []))
        #expect(events[0].incident == nil)
        #expect(s.state.level == .green)
    }

    @Test("Several incidents at once: each has its own phase, the organisation has one level")
    func severalIncidents() throws {
        var s = Scenario()
        let epj = try s.incident(in: .responding, "DIPS Arena svarer ikke")
        let phone = try s.incident(in: .triaged, "Telefoni nede i akuttmottaket")
        let lab = try s.incident(in: .detected, "Labsvar kommer ikke")
        #expect([epj, phone, lab] == ["H-2026-001", "H-2026-002", "H-2026-003"])

        let events = try s.run(.setLevel(.red, reason: "To kritiske systemer nede", incidents: [epj, phone]))
        #expect(events[0].incident == nil, "a decision citing several incidents belongs to none of them alone")
        #expect(s.state.levelDecision?.incidents == [epj, phone])

        try s.bring(epj, to: .restoring)
        #expect(s.state.incidents.map(\.phase) == [.restoring, .triaged, .detected])
        #expect(s.state.openIncidents.count == 3)
        #expect(s.state.level == .red)
    }

    @Test("The level's history is the sequence of decisions in the journal")
    func history() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        s.wait(hours(1))
        try s.run(.setLevel(.red, reason: "Passert maksimal avbruddstid", incidents: [id]))
        s.wait(hours(2))
        try s.run(.setLevel(.yellow, reason: "Delvis IS-støtte i drift", incidents: [id]))
        try s.bring(id, to: .reEntry)
        try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: .lower(to: .normal, reason: "EPJ stabil i to døgn")))

        let changes: [(from: ReadinessLevel, to: ReadinessLevel)] = s.journal.compactMap {
            guard case .levelChanged(let change) = $0.event.body else { return nil }
            return (change.from, change.to)
        }
        #expect(changes.map(\.from) == [.normal, .yellow, .red, .yellow])
        #expect(changes.map(\.to) == [.yellow, .red, .yellow, .normal])
        #expect(s.state.level == .normal)
        #expect(s.state.levelDecision?.reason == "EPJ stabil i to døgn")
    }

    @Test("Levels order normal drift < grønn < gul < rød and show their word")
    func ordering() {
        #expect(ReadinessLevel.allCases.sorted() == [.normal, .green, .yellow, .red])
        #expect(ReadinessLevel.allCases.map(\.word) == ["NORMAL DRIFT", "GRØNN", "GUL", "RØD"])
        #expect(ReadinessLevel.raised.allSatisfy { $0.isRaised })
    }

    @Test("A fresh journal is at normal drift, and grønn is a raised level entered by a decision that starts its work")
    func greenIsRaised() throws {
        var s = Scenario()
        #expect(s.state.level == .normal)
        s.state = State(organisation: Organisation(name: "Test", contacts: [
            Contact(id: "ikt-leder", name: "Ida", organisation: "Test", role: "IKT-leder", external: false, phones: ["1"], verified: night),
        ], levels: [LevelDefinition(level: .green, meaning: "Forhøyet", criteria: [], notify: [NotifyRule(contact: "ikt-leder", within: Minutes(15))],
                                    tasks: [TaskTemplate(title: "Avklar med avdelingene", role: "driftsleder", within: Minutes(30))], roles: [])]))
        let id = try s.incident(in: .triaged)
        try s.run(.setLevel(.green, reason: "Et system i klasse alvorlig er nede", incidents: [id]))
        #expect(s.state.level == .green)
        #expect(s.state[id]?.duties.map(\.recipient) == ["Ida (IKT-leder)"], "grønn's call list fires")
        #expect(s.state[id]?.tasks.map(\.title) == ["Avklar med avdelingene"])
    }

    @Test("A journal from before normal drift existed keeps its meaning: a first decision to gul is still gul")
    func oldJournalsReplay() throws {
        let old = Event(registered: night, operatorName: "kari", incident: "H-2026-001",
                        body: .levelChanged(LevelChanged(from: .green, to: .yellow, reason: "EPJ nede", incidents: ["H-2026-001"])))
        let state = State().evolve(old, seq: 1)
        #expect(state.level == .yellow)
    }
}
