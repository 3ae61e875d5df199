import Foundation
import Testing
@testable import BeredskapCore

/// Normen 5.8.1: «Ved gjentatte avvik skal det gjennomføres ny risikovurdering.» The same system and the same cause
/// category within twelve months make a repeat; the avvik's own risk assessment is journaled and replays.
@Suite("Avvik: repeats within 12 months, risk assessment, cause")
struct DeviationRepeatTests {
    static let organisation = Organisation(
        name: "Testsykehuset (fiktivt)",
        systems: [SystemEntry(id: "epj", name: "DIPS Arena", classID: "k1", owner: "IKT", riskAssessment: "ROS-2025-07 EPJ"),
                  SystemEntry(id: "lis", name: "Laboratoriesystem", classID: "k1", owner: "IKT")],
        categories: [CategoryDefinition(id: "strombrudd", name: "Strømbrudd", description: "", measures: [], notify: []),
                     CategoryDefinition(id: "teknisk-svikt", name: "Teknisk svikt", description: "", measures: [], notify: [])])

    static func report(_ system: SystemID? = "epj", _ category: CategoryID? = "strombrudd", risk: DeviationRisk? = nil) -> DeviationReport {
        var report = DeviationTests.input()
        report.system = system
        report.category = category
        report.risk = risk
        return report
    }

    /// A scenario on the test organisation with one avvik registered at `night`: EPJ, strømbrudd.
    func firstOfTwo() throws -> Scenario {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        try s.run(.registerDeviation(Self.report(), incident: nil))
        return s
    }

    func latest(_ s: Scenario) throws -> Deviation { try #require(s.state.deviations.last) }

    @Test("Same system and cause eleven months later: a repeat, named with its date and the system's risk assessment")
    func withinTwelveMonths() throws {
        var s = try firstOfTwo()
        s.wait(hours(24 * 334))
        try s.run(.registerDeviation(Self.report(), incident: nil))
        let second = try latest(s)
        #expect(s.state.earlierRepeats(of: second).map(\.id) == ["A-2026-001"])
        #expect(s.state.repeatWarning(for: second) == "Gjentatt avvik: samme system og årsak som A-2026-001 (18.11.2026), innen 12 måneder: "
            + "DIPS Arena, Strømbrudd; vurder ny risikovurdering (Normen 5.8.1). Gjeldende: ROS-2025-07 EPJ.")
        #expect(s.state.earlierRepeats(of: try #require(s.state.deviations.first)) == [], "the first one repeats nothing")
        s.wait(hours(1))
        try s.run(.registerDeviation(Self.report(), incident: nil))
        let third = try latest(s)
        #expect(s.state.earlierRepeats(of: third).map(\.id) == ["A-2026-001", "A-2027-001"], "oldest first")
        #expect(s.state.repeatWarning(for: third)?.contains("som A-2026-001 (18.11.2026) og A-2027-001 (18.10.2027)") == true)
    }

    @Test("Twelve months and a day later is not a repeat; exactly twelve calendar months still is")
    func outsideTwelveMonths() throws {
        var s = try firstOfTwo()
        s.now = try #require(Timestamps.calendar(.oslo).date(byAdding: .month, value: 12, to: night))
        try s.run(.registerDeviation(Self.report(), incident: nil))
        #expect(s.state.earlierRepeats(of: try latest(s)).map(\.id) == ["A-2026-001"])
        s.wait(hours(24))
        try s.run(.registerDeviation(Self.report(), incident: nil))
        #expect(s.state.earlierRepeats(of: try latest(s)).map(\.id) == ["A-2027-001"], "the first is now more than 12 months back")
    }

    @Test("Another system, another cause, or no cause recorded: no repeat")
    func differentSystemOrCause() throws {
        var s = try firstOfTwo()
        s.wait(hours(24))
        try s.run(.registerDeviation(Self.report("lis", "strombrudd"), incident: nil))
        #expect(s.state.repeatWarning(for: try latest(s)) == nil, "different system")
        try s.run(.registerDeviation(Self.report("epj", "teknisk-svikt"), incident: nil))
        #expect(s.state.repeatWarning(for: try latest(s)) == nil, "different cause")
        try s.run(.registerDeviation(Self.report("epj", nil), incident: nil))
        #expect(s.state.earlierRepeats(of: try latest(s)) == [], "no cause category yet")
        try s.run(.registerDeviation(Self.report(nil, "strombrudd"), incident: nil))
        #expect(s.state.earlierRepeats(of: try latest(s)) == [], "no system")
    }

    @Test("Recording the cause later makes it a repeat; the same cause again is refused; unknown ids are refused")
    func causeRecordedLater() throws {
        var s = try firstOfTwo()
        s.wait(hours(48))
        try s.run(.registerDeviation(Self.report(nil, nil), incident: nil))
        let id: DeviationID = "A-2026-002"
        #expect(s.state.repeatWarning(for: try latest(s)) == nil)
        try s.run(.recordDeviationCause(id, system: "epj", category: "strombrudd"))
        #expect(s.state.earlierRepeats(of: try latest(s)).map(\.id) == ["A-2026-001"], "updating makes it a repeat")
        #expect(s.refusal(.recordDeviationCause(id, system: "epj", category: "strombrudd")) == .deviationCauseUnchanged(id))
        #expect(s.refusal(.recordDeviationCause(id, system: "epj-x", category: "strombrudd")) == .unknownSystem("epj-x"))
        #expect(s.refusal(.recordDeviationCause(id, system: "epj", category: "flom")) == .unknownCategory("flom"))
        #expect(s.refusal(.registerDeviation(Self.report("pacs", nil), incident: nil)) == .unknownSystem("pacs"))
        try s.run(.recordDeviationCause(id, system: "epj", category: "teknisk-svikt"))
        #expect(s.state.repeatWarning(for: try latest(s)) == nil, "a corrected cause is no longer a repeat")
    }

    @Test("A risk assessment at registration and a new one later; the journal replays both, in order")
    func riskAssessmentReplays() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let first = DeviationRisk(likelihood: .medium, consequence: .high, text: "Nytt strømbrudd tar ned EPJ igjen")
        try s.run(.registerDeviation(Self.report(risk: first), incident: nil))
        #expect(try latest(s).report.risk?.level == .high)
        #expect(try latest(s).riskAssessedAt == night)
        s.wait(hours(72))
        let second = DeviationRisk(likelihood: .low, consequence: .high, text: "Aggregatet er testet; strømbrudd gir nå minutter")
        try s.run(.assessDeviationRisk("A-2026-001", second))
        #expect(try latest(s).report.risk == second)
        #expect(second.level == .medium && second.grading == "middels (sannsynlighet lav, konsekvens høy)")

        var replayed = State(organisation: Self.organisation)
        for (seq, event) in s.journal { replayed = replayed.evolve(event, seq: seq) }
        #expect(replayed.deviations == s.state.deviations)
        #expect(replayed.deviations.first?.riskAssessedAt == night + hours(72))
        #expect(s.journal.compactMap { entry -> DeviationRisk? in
            if case .deviationRiskAssessed(let p) = entry.event.body { p.risk } else { nil }
        } == [second], "the later assessment is its own event; the first stays in the registration")
    }

    @Test("The risk matrix: likelihood times consequence")
    func riskMatrix() {
        let levels = RiskGrade.allCases.map { likelihood in
            RiskGrade.allCases.map { DeviationRisk(likelihood: likelihood, consequence: $0, text: "x").level }
        }
        #expect(levels == [[.low, .low, .medium], [.low, .medium, .high], [.medium, .high, .high]])
    }

    @Test("Risk text is required and never holds a fødselsnummer; a closed avvik takes no new assessment")
    func riskRefusals() throws {
        var s = try firstOfTwo()
        let id: DeviationID = "A-2026-001"
        #expect(s.refusal(.assessDeviationRisk(id, DeviationRisk(likelihood: .low, consequence: .low, text: " ")))
            == .emptyText(field: "risikovurdering"))
        #expect(s.refusal(.assessDeviationRisk(id, DeviationRisk(likelihood: .low, consequence: .low,
                                                                  text: "Gjelder \(TestNumber.valid("010150"))")))
            == .personalIdentityNumber(field: "risikovurdering"))
        #expect(s.refusal(.registerDeviation(Self.report(risk: DeviationRisk(likelihood: .low, consequence: .low, text: "")), incident: nil))
            == .emptyText(field: "risikovurdering"))
        try s.run(.closeDeviation(id, assessment: "Ferdig"))
        #expect(s.refusal(.assessDeviationRisk(id, DeviationRisk(likelihood: .low, consequence: .low, text: "Lav"))) == .deviationClosed(id))
        #expect(s.refusal(.recordDeviationCause(id, system: "lis", category: nil)) == .deviationClosed(id))
    }
}
