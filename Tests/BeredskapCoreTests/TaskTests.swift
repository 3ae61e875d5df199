import Foundation
import Testing
@testable import BeredskapCore

@Suite("Tasks, roles, fallback routines and checklist steps")
struct TaskTests {
    static let procedure = ProcedureRef(id: "epj-nede-uten-is", contentHash: "9f2c1e")

    @Test("Tasks are numbered O1, O2, ... within each incident and carry who, what, by when")
    func assign() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding)
        let second = try s.open("Telefoni nede")
        let due = night + minutes(30)
        let events = try s.run(.assignTask(first, title: "Hent papirskjema fra beredskapsskapet", role: "loggfører",
                                           due: due, procedure: Self.procedure))
        try s.run(.assignTask(first, title: "Ring DIPS-vakt", role: "ikt-vakt", due: nil, procedure: nil))
        try s.run(.assignTask(second, title: "Sett opp mobiltelefoner", role: "ikt-vakt", due: nil, procedure: nil))

        #expect(events.map(\.body) == [.taskAssigned(TaskAssigned(task: "O1", title: "Hent papirskjema fra beredskapsskapet",
                                                                   role: "loggfører", due: due, procedure: Self.procedure))])
        #expect(s.state[first]?.tasks.map(\.id) == ["O1", "O2"])
        #expect(s.state[second]?.tasks.map(\.id) == ["O1"])
        let task = try #require(s.state[first]?.task("O1"))
        #expect(task.role == "loggfører")
        #expect(task.due == due)
        #expect(task.isOpen)
        #expect(s.refusal(.assignTask(first, title: "", role: "ikt-vakt", due: nil, procedure: nil)) == .emptyText(field: "oppgave"))
    }

    @Test("A task goes to a role the organisation has; an unknown role is refused, nothing recorded")
    func unknownRole() throws {
        var s = Scenario()
        s.state = State(organisation: Organisation(name: "Test", roles: [RoleDefinition(id: "ikt-vakt", name: "IKT-vakt", description: "", checklist: [])]))
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.assignTask(id, title: "Ring leverandøren", role: "iktvakt", due: nil, procedure: nil)) == .unknownRole("iktvakt"))
        try s.run(.assignTask(id, title: "Ring leverandøren", role: "ikt-vakt", due: nil, procedure: nil))
        #expect(s.state[id]?.tasks.map(\.role) == ["ikt-vakt"])
    }

    @Test("A task is completed once, by someone, at a time")
    func complete() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.assignTask(id, title: "Ring DIPS-vakt", role: "ikt-vakt", due: nil, procedure: nil))
        s.wait(minutes(12))
        try s.run(.completeTask(id, "O1", note: "Sak opprettet hos leverandør"), by: "Ola Drift")
        #expect(s.state[id]?.task("O1")?.status == .done(at: night + minutes(12), by: "Ola Drift"))
        #expect(s.refusal(.completeTask(id, "O1", note: nil)) == .taskNotOpen("O1"))
        #expect(s.refusal(.cancelTask(id, "O1", reason: "Likevel")) == .taskNotOpen("O1"))
    }

    @Test("A task is cancelled once, with a reason")
    func cancel() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.assignTask(id, title: "Hent aggregat", role: "ikt-vakt", due: nil, procedure: nil))
        #expect(s.refusal(.cancelTask(id, "O1", reason: "")) == .emptyText(field: "begrunnelse"))
        try s.run(.cancelTask(id, "O1", reason: "Strømmen var ikke borte"))
        #expect(s.state[id]?.task("O1")?.status == .cancelled(reason: "Strømmen var ikke borte"))
        #expect(s.refusal(.cancelTask(id, "O1", reason: "Igjen")) == .taskNotOpen("O1"))
        #expect(s.refusal(.completeTask(id, "O1", note: nil)) == .taskNotOpen("O1"))
    }

    @Test("An unknown task is refused")
    func unknownTask() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.completeTask(id, "O1", note: nil)) == .unknownTask("O1"))
        #expect(s.refusal(.cancelTask(id, "O9", reason: "Nei")) == .unknownTask("O9"))
    }

    @Test("Krisestab roles belong to the organisation and can be handed over")
    func roles() throws {
        var s = Scenario()
        let events = try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        #expect(events[0].incident == nil)
        try s.run(.assignRole("loggfører", person: "Per Skriver", handoverNote: nil))
        try s.run(.assignRole("krisestabsleder", person: "Bjørn Leder", handoverNote: "Nivå rød, to hendelser åpne"))
        #expect(s.state.roles == ["krisestabsleder": "Bjørn Leder", "loggfører": "Per Skriver"])
        #expect(s.refusal(.assignRole("loggfører", person: " ", handoverNote: nil)) == .emptyText(field: "person"))
    }

    @Test("Fallback routines are activated and ended, each mode once at a time")
    func fallback() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.endFallback(id, .withoutIT)) == .fallbackNotActive(.withoutIT))
        try s.run(.activateFallback(id, .withoutIT, procedure: Self.procedure))
        #expect(s.refusal(.activateFallback(id, .withoutIT, procedure: nil)) == .fallbackAlreadyActive(.withoutIT))
        try s.run(.activateFallback(id, .partialIT, procedure: nil))
        #expect(s.state[id]?.activeFallbacks == [.withoutIT, .partialIT])

        try s.run(.endFallback(id, .withoutIT))
        #expect(s.state[id]?.activeFallbacks == [.partialIT])
        #expect(s.refusal(.endFallback(id, .withoutIT)) == .fallbackNotActive(.withoutIT))
        try s.run(.activateFallback(id, .withoutIT, procedure: nil))
        #expect(s.state[id]?.activeFallbacks == [.withoutIT, .partialIT])
    }

    @Test("A checklist step is ticked once per procedure version")
    func steps() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        let newer = ProcedureRef(id: Self.procedure.id, contentHash: "a7b3d0")
        let events = try s.run(.completeStep(id, Self.procedure, step: "2"))
        #expect(events.map(\.body) == [.stepCompleted(StepCompleted(procedure: Self.procedure, step: "2"))])
        #expect(s.refusal(.completeStep(id, Self.procedure, step: "2")) == .stepAlreadyCompleted("2"))
        try s.run(.completeStep(id, Self.procedure, step: "3"))
        try s.run(.completeStep(id, newer, step: "2"))
        #expect(s.state[id]?.completedSteps.mapValues { Set($0.keys) } == [Self.procedure: ["2", "3"], newer: ["2"]])
        #expect(s.state[id]?.completedSteps[Self.procedure]?["2"]?.by == s.operatorName)
    }

    @Test("Steps ticked in one incident are not ticked in another")
    func stepsPerIncident() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding)
        let second = try s.open("Telefoni nede")
        try s.run(.completeStep(first, Self.procedure, step: "1"))
        #expect(s.refusal(.completeStep(second, Self.procedure, step: "1")) == nil)
    }
}
