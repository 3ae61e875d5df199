import Foundation
import Testing
@testable import BeredskapCore

@Suite("Avvik: registered, followed up with measures, closed with an assessment (Normen 5.8.1)")
struct DeviationTests {
    static let roles = DeviationRoles(reporter: "IKT-vakt", handler: "IKT-leder", owner: "Administrerende direktør")

    static func input(what: String = "EPJ nede i 5 timer, over maksimal avbruddstid") -> DeviationReport {
        DeviationReport(what: what, immediateMeasures: "Papirrutiner på alle sengeposter",
                       possibleConsequence: "Forsinket behandling", howDetected: "Melding fra sengepost 3B",
                       affected: [.availability, .robustness], cause: .system, roles: roles)
    }

    @Test("An avvik from an incident gets a yearly id, keeps its link and every field")
    func registerFromIncident() throws {
        var s = Scenario()
        let incident = try s.incident(in: .closed)
        let events = try s.run(.registerDeviation(Self.input(), incident: incident))
        #expect(events.map(\.incident) == [incident])
        let deviation = try #require(s.state.deviations.first)
        #expect(deviation.id == "A-2026-001")
        #expect(deviation.incident == incident)
        #expect(deviation.report.roles == Self.roles)
        #expect(deviation.report.affected == [.availability, .robustness])
        #expect(s.state[incident]?.phase == .closed, "an avvik does not change the incident")
        try s.run(.registerDeviation(Self.input(), incident: nil))
        #expect(s.state.deviations.map(\.id) == ["A-2026-001", "A-2026-002"])
        #expect(s.state.deviations[1].incident == nil)
    }

    @Test("Unknown incidents, empty fields and fødselsnummer are refused")
    func registerRefusals() throws {
        let s = Scenario()
        #expect(s.refusal(.registerDeviation(Self.input(), incident: "H-2026-404")) == .unknownIncident("H-2026-404"))
        #expect(s.refusal(.registerDeviation(Self.input(what: " "), incident: nil)) == .emptyText(field: "hva og hvor"))
        #expect(s.refusal(.registerDeviation(Self.input(what: "Pasient \(TestNumber.valid("010150")) fikk feil"), incident: nil)) ==
            .personalIdentityNumber(field: "hva og hvor"))
        var noOwner = Self.input()
        noOwner.roles.owner = ""
        #expect(s.refusal(.registerDeviation(noOwner, incident: nil)) == .emptyText(field: "eier"))
    }

    @Test("Measures move on, are dropped only with a reason, and block closing until settled")
    func measuresAndClosing() throws {
        var s = Scenario()
        try s.run(.registerDeviation(Self.input(), incident: nil))
        let id: DeviationID = "A-2026-001"
        try s.run(.addDeviationMeasure(id, MeasurePlan(text: "Reservestrøm til rack 4", owner: "Teknisk drift", due: night + hours(720))))
        try s.run(.addDeviationMeasure(id, MeasurePlan(text: "Øv strømbrudd", owner: "Beredskapskoordinator", due: night + hours(24))))
        #expect(s.refusal(.addDeviationMeasure(id, MeasurePlan(text: "Skulle vært gjort", owner: "IKT", due: night - hours(24))))
            == .measureDueInThePast(night - hours(24), .oslo), "a due date already passed is a typing error")
        #expect(s.state.deviation(id)?.measures.map(\.id) == ["T1", "T2"])
        #expect(s.state.deviation(id)?.measure("T2")?.isOverdue(at: night + hours(25)) == true)

        #expect(s.refusal(.closeDeviation(id, assessment: "Ferdig")) == .openMeasures(id, ["T1", "T2"]))
        try s.run(.updateDeviationMeasure(id, "T1", status: .started, note: "Bestilt"))
        try s.run(.updateDeviationMeasure(id, "T1", status: .done, note: nil))
        #expect(s.refusal(.updateDeviationMeasure(id, "T1", status: .started, note: nil)) == .measureSettled("T1"))
        #expect(s.refusal(.updateDeviationMeasure(id, "T2", status: .dropped, note: nil)) == .emptyText(field: "begrunnelse"))
        #expect(s.refusal(.updateDeviationMeasure(id, "T9", status: .done, note: nil)) == .unknownMeasure("T9"))
        try s.run(.updateDeviationMeasure(id, "T2", status: .dropped, note: "Dekkes av årlig øvelse"))
        #expect(s.state.deviation(id)?.measure("T2")?.isOverdue(at: night + hours(25)) == false, "a dropped measure is not overdue")

        #expect(s.refusal(.closeDeviation(id, assessment: "")) == .emptyText(field: "avsluttende vurdering"))
        try s.run(.closeDeviation(id, assessment: "Strømforsyningen er sikret"))
        #expect(s.state.deviation(id)?.isOpen == false)
        #expect(s.refusal(.addDeviationMeasure(id, MeasurePlan(text: "Mer", owner: "IKT", due: night))) == .deviationClosed(id))
        #expect(s.refusal(.closeDeviation("A-2026-009", assessment: "x")) == .unknownDeviation("A-2026-009"))
    }

    @Test("A measure carries its cost, the alternatives considered and who approved it when")
    func measureCostAlternativesAndApproval() throws {
        var s = Scenario()
        try s.run(.registerDeviation(Self.input(), incident: nil))
        let id: DeviationID = "A-2026-001"
        let approved = Approval(by: "Administrerende direktør", on: night - hours(48))
        try s.run(.addDeviationMeasure(id, MeasurePlan(text: "Nytt nødaggregat", owner: "Teknisk drift", due: night + hours(24 * 90),
                                                       cost: "ca. 1,2 mill. kr", alternatives: "Leie aggregat ved behov; for treg levering",
                                                       approval: approved)))
        try s.run(.addDeviationMeasure(id, MeasurePlan(text: "Månedlig test av aggregatet", owner: "Teknisk drift", due: night + hours(720))))
        let first = try #require(s.state.deviation(id)?.measure("T1"))
        #expect(first.plan.cost == "ca. 1,2 mill. kr")
        #expect(first.plan.alternatives == "Leie aggregat ved behov; for treg levering")
        #expect(first.plan.approval == approved)
        #expect(s.state.deviation(id)?.measure("T2")?.plan.approval == nil, "approval may come later")

        s.wait(hours(2))
        let later = Approval(by: "Avvikseier", on: s.now)
        try s.run(.approveDeviationMeasure(id, "T2", later))
        #expect(s.state.deviation(id)?.measure("T2")?.plan.approval == later)
        #expect(s.refusal(.approveDeviationMeasure(id, "T2", later)) == .measureAlreadyApproved("T2", later, .oslo))
        #expect(s.refusal(.approveDeviationMeasure(id, "T7", later)) == .unknownMeasure("T7"))
        let event = try #require(s.journal.last?.event.body)
        #expect(event.summary(in: Scenario.organisation) == "Avvik A-2026-001: tiltak T2 godkjent av Avvikseier 18.11.2026")
    }

    @Test("An approval dated after today, an empty approver and a fødselsnummer in cost or alternatives are refused")
    func measureRefusals() throws {
        var s = Scenario()
        try s.run(.registerDeviation(Self.input(), incident: nil))
        let id: DeviationID = "A-2026-001"
        func plan(cost: String? = nil, alternatives: String? = nil, approval: Approval? = nil) -> MeasurePlan {
            MeasurePlan(text: "Tiltak", owner: "IKT", due: night + hours(24), cost: cost, alternatives: alternatives, approval: approval)
        }
        let tomorrow = night + hours(24)
        #expect(s.refusal(.addDeviationMeasure(id, plan(approval: Approval(by: "Direktør", on: tomorrow))))
            == .approvalInTheFuture(tomorrow, .oslo))
        #expect(s.refusal(.addDeviationMeasure(id, plan(approval: Approval(by: "Direktør", on: night + hours(20))))) == nil,
                "later today (Oslo) is still today")
        #expect(s.refusal(.addDeviationMeasure(id, plan(approval: Approval(by: " ", on: night)))) == .emptyText(field: "godkjent av"))
        let number = TestNumber.valid("010150")
        #expect(s.refusal(.addDeviationMeasure(id, plan(cost: "Faktura til \(number)"))) == .personalIdentityNumber(field: "kostnad"))
        #expect(s.refusal(.addDeviationMeasure(id, plan(alternatives: "Spør \(number)")))
            == .personalIdentityNumber(field: "alternative tiltak"))
        try s.run(.addDeviationMeasure(id, plan()))
        #expect(s.refusal(.approveDeviationMeasure(id, "T1", Approval(by: "Pasient \(number)", on: night)))
            == .personalIdentityNumber(field: "godkjent av"))
    }
}
