import Foundation
import Testing
@testable import BeredskapCore

@Suite("Evaluation of real incidents: hot wash, corrective actions open until closed (factsheet 3d)")
struct ImprovementPlanTests {
    @Test("A hot wash is for an incident whose service is back; without an incident it needs an exercise")
    func hotWashForIncidents() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.noteHotWash(id, .strength, text: "x"))?.isAboutPhase == true)
        try s.bring(id, to: .reEntry)
        let events = try s.run(.noteHotWash(id, .improvement, text: "Varslingslisten manglet nattnummer"))
        #expect(events.map(\.incident) == [id])
        #expect(s.state.hotWash.first?.incident == id)
        #expect(s.refusal(.noteHotWash(nil, .strength, text: "x")) == .notAnExercise)
        #expect(s.refusal(.noteHotWash(id, .strength, text: " ")) == .emptyText(field: "styrke"))
    }

    @Test("Evaluation numbers corrective actions F1, F2 across incidents; each stays open until closed")
    func correctiveActionsAcrossIncidents() throws {
        var s = Scenario()
        let first = try s.incident(in: .closed)
        let due = night + hours(24 * 14)
        try s.run(.evaluate(first, lessons: ["Ringelisten"], actions: [CorrectiveAction(text: "Oppdater ringelisten", owner: "Koordinator", due: due)]))
        let second = try s.incident(in: .closed, "Nettverket nede")
        try s.run(.evaluate(second, lessons: ["Nett"], actions: [CorrectiveAction(text: "Reserve-switch", owner: "IKT-leder", due: due + hours(24))]))
        #expect(s.state.improvementPlan.map(\.id) == ["F1", "F2"])
        #expect(s.state.improvementPlan.map(\.incident) == [first, second])

        s.wait(hours(24 * 15))
        #expect(s.state.openCorrectiveActions.map { $0.isOverdue(at: s.now) } == [true, false])
        #expect(s.refusal(.closeCorrectiveAction("F1", note: "")) == .emptyText(field: "hva som er gjort"))
        #expect(s.refusal(.closeCorrectiveAction("F7", note: "x")) == .unknownCorrectiveAction("F7"))
        let closed = try s.run(.closeCorrectiveAction("F1", note: "Ringelisten er kontrollert og ny er trykket"))
        #expect(closed.map(\.incident) == [first])
        #expect(s.refusal(.closeCorrectiveAction("F1", note: "x")) == .correctiveActionClosed("F1"))
        #expect(s.state.openCorrectiveActions.map(\.id) == ["F2"])
        let done = try #require(s.state.correctiveAction("F1"))
        #expect(done.closedAt == s.now)
        #expect(done.closingNote == "Ringelisten er kontrollert og ny er trykket")
    }

    @Test("An evaluation from a journal written before actions had ids numbers them by position")
    func actionsWithoutIDs() {
        var state = State()
        state.fold(Event(registered: night, operatorName: "x", incident: "H-2026-001", body: .incidentOpened(IncidentOpened(title: "x"))), seq: 1)
        state.fold(Event(registered: night, operatorName: "x", incident: "H-2026-001",
                         body: .incidentClosed(IncidentClosed(summary: "x", dismissal: "falsk alarm"))), seq: 2)
        state.fold(Event(registered: night, operatorName: "x", incident: "H-2026-001", body: .incidentEvaluated(IncidentEvaluated(
            lessons: ["x"], actions: [CorrectiveAction(text: "a", owner: "o", due: night), CorrectiveAction(text: "b", owner: "o", due: night)]))), seq: 3)
        #expect(state.improvementPlan.map(\.id) == ["F1", "F2"])
    }
}
