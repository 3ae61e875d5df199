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
        #expect(events.map(\.body) == [.levelChanged(LevelChanged(from: .green, to: .yellow, reason: "EPJ nede på sengepostene", incidents: [id]))])
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
        if level != .green { try s.run(.setLevel(level, reason: "Hevet", incidents: [id])) }
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
        try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: .lower(to: .green, reason: "Normal drift")))

        let changes: [(from: ReadinessLevel, to: ReadinessLevel)] = s.journal.compactMap {
            guard case .levelChanged(let change) = $0.event.body else { return nil }
            return (change.from, change.to)
        }
        #expect(changes.map(\.from) == [.green, .yellow, .red, .yellow])
        #expect(changes.map(\.to) == [.yellow, .red, .yellow, .green])
        #expect(s.state.level == .green)
        #expect(s.state.levelDecision?.reason == "Normal drift")
    }

    @Test("Levels order grønn < gul < rød and show their word")
    func ordering() {
        #expect(ReadinessLevel.allCases.sorted() == [.green, .yellow, .red])
        #expect(ReadinessLevel.allCases.map(\.word) == ["GRØNN", "GUL", "RØD"])
    }
}
