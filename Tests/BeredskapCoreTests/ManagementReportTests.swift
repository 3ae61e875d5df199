import Foundation
import Testing
@testable import BeredskapCore

@Suite("The management report's figures on incidents with known times")
struct ManagementReportTests {
    static let organisation = Organisation(
        name: "Testsykehuset (fiktivt)",
        classes: [CriticalityClass(id: "k2", name: "Alvorlig", description: "", rank: 2, maxOutage: .hours(4))],
        systems: [SystemEntry(id: "epj", name: "DIPS Arena", classID: "k2", owner: "IKT"),
                  SystemEntry(id: "lab", name: "Laboratoriesystem", classID: "k2", owner: "Lab")])

    /// Opens an incident at `start`, triages it `triage` later, reaches a contact after `notify`, restores after `restore`.
    func incident(_ s: inout Scenario, at start: Date, systems: [SystemID], triage: TimeInterval, notify: TimeInterval?,
                  restore: TimeInterval) throws {
        s.now = start
        let id = try s.open()
        s.now = start + triage
        try s.run(.triage(id, TriageInput(systems: systems, category: "teknisk-svikt", severity: .high, consequence: "Papir")))
        try s.run(.startResponse(id, note: nil))
        if let notify {
            s.now = start + notify
            try s.run(.requireNotification(id, recipient: "Driftsleverandør", contact: nil, due: nil, mandatory: false))
            try s.run(.recordCall(id, "V1", outcome: .reached, number: nil, note: nil))
        }
        s.now = start + restore
        try s.run(.confirmControl(id, note: "Oversikt"))
        try s.run(.startRestoration(id, note: nil))
        try s.run(.confirmRestored(id, note: nil))
    }

    @Test func figuresPerSystemMediansAndMonths() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        try incident(&s, at: night - hours(24 * 30), systems: ["epj"], triage: minutes(5), notify: nil, restore: hours(9))
        try incident(&s, at: night, systems: ["epj"], triage: minutes(10), notify: minutes(20), restore: hours(5))
        try incident(&s, at: night + hours(48), systems: ["epj", "lab"], triage: minutes(30), notify: nil, restore: hours(1))
        try s.run(.registerDeviation(DeviationTests.input(), incident: nil))
        try s.run(.addDeviationMeasure("A-2026-001", MeasurePlan(text: "Reservestrøm", owner: "Teknisk drift", due: night + hours(50))))

        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(24 * 7), now: night + hours(72))
        #expect(report.incidents == 2, "the incident a month before is outside the period")
        let epj = try #require(report.systems.first { $0.system == "epj" })
        #expect(epj.name == "DIPS Arena")
        #expect(epj.incidents == 2)
        #expect(epj.totalOutage == hours(6))
        #expect(epj.longestOutage == hours(5))
        #expect(epj.maxOutageBreaches == 1, "5 h passed the 4 h max outage; 1 h did not")
        let lab = try #require(report.systems.first { $0.system == "lab" })
        #expect(lab.incidents == 1)
        #expect(lab.maxOutageBreaches == 0)
        #expect(report.systems.first?.system == "epj", "the most outage first")
        #expect(report.medianTimeToTriage == minutes(20))
        #expect(report.medianTimeToFirstNotification == minutes(20), "only one incident reached anyone")
        #expect(report.medianTimeToRestore == hours(3))
        #expect(report.months.map(\.incidents).reduce(0, +) == 2)
        #expect(report.deviations.open == 1)
        #expect(report.deviations.measuresOpen == 1)
        #expect(report.deviations.measuresOverdue == 1)
    }

    @Test func theRedactedReportKeepsTheFiguresButNotTheNames() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        try incident(&s, at: night, systems: ["epj", "lab"], triage: minutes(10), notify: nil, restore: hours(5))
        let full = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(24), now: night + hours(24))
        let redacted = full.redacted(organisation: Self.organisation)
        #expect(redacted.systems.map(\.name) == ["System i klassen «Alvorlig» nr. 1", "System i klassen «Alvorlig» nr. 2"])
        #expect(redacted.systems.map(\.system.rawValue) == ["system-1", "system-2"])
        #expect(redacted.systems.map(\.totalOutage) == full.systems.map(\.totalOutage))
        #expect(redacted.medianTimeToRestore == full.medianTimeToRestore)
        #expect(!redacted.systems.contains { $0.name.contains("DIPS") || $0.system == "epj" })
    }

    /// Normen 5.8.1's status to management: each avvik of the period with system, cause, risk and repeats, and its
    /// measures with cost, alternatives and approval; the supervisory edition keeps the figures, not the descriptions.
    @Test func avvikLinesWithRepeatsRiskAndMeasuresAndTheirRedaction() throws {
        var s = Scenario()
        var organisation = Self.organisation
        organisation.categories = [CategoryDefinition(id: "strombrudd", name: "Strømbrudd", description: "", measures: [], notify: [])]
        s.state = State(organisation: organisation)
        var report = DeviationTests.input(what: "Strømbrudd tok ned DIPS Arena")
        report.system = "epj"
        report.category = "strombrudd"
        try s.run(.registerDeviation(report, incident: nil))
        s.wait(hours(1))
        report.risk = DeviationRisk(likelihood: .high, consequence: .high, text: "DIPS Arena faller ut igjen")
        try s.run(.registerDeviation(report, incident: nil))
        try s.run(.addDeviationMeasure("A-2026-002", MeasurePlan(text: "Ny UPS til DIPS Arena", owner: "Teknisk drift", due: night + hours(24),
                                                                 cost: "300 000 kr", alternatives: "Flytte DIPS Arena",
                                                                 approval: Approval(by: "Direktør", on: night))))
        let full = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(24 * 7), now: night + hours(48))
        #expect(full.deviations.repeated == 1)
        #expect(full.deviations.withoutRisk == 1)
        #expect(full.deviationLines.map(\.deviation.id) == ["A-2026-001", "A-2026-002"])
        let second = try #require(full.deviationLines.last)
        #expect(second.system == "DIPS Arena" && second.cause == "Strømbrudd")
        #expect(second.repeats?.earlier.map(\.id) == ["A-2026-001"])
        #expect(second.overdue == ["T1"], "due a day after, the report made two days after")
        #expect(second.deviation.measures.first?.plan.cost == "300 000 kr")

        let redacted = full.redacted(organisation: organisation)
        let hidden = try #require(redacted.deviationLines.last)
        #expect(hidden.system == "System i klassen «Alvorlig»")
        #expect(hidden.repeats?.warning.contains("System i klassen «Alvorlig», Strømbrudd; vurder ny risikovurdering") == true)
        #expect(hidden.deviation.measures.first?.plan.cost == "300 000 kr" && hidden.deviation.measures.first?.plan.approval?.by == "Direktør")
        #expect(hidden.deviation.report.risk?.level == .high)
        #expect(!"\(redacted.deviationLines)".contains("DIPS"), "no description names the product")
    }

    @Test func medianOfEvenAndOddCounts() {
        #expect(ManagementReport.median([]) == nil)
        #expect(ManagementReport.median([minutes(3), minutes(1), minutes(2)]) == minutes(2))
        #expect(ManagementReport.median([minutes(4), minutes(1), minutes(3), minutes(2)]) == minutes(3), "2.5 min, rounded as every figure is")
    }

    @Test("A breach that took nothing down adds no outage, however long it stayed open; a closed one stops at closing")
    func honestOutage() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        s.now = night
        let breach = try s.open("Utskrifter funnet i trappeoppgang")
        try s.run(.triage(breach, TriageInput(systems: ["epj"], category: "personvernbrudd", severity: .moderate, consequence: "Ingen",
                                              affected: [.confidentiality])))
        s.now = night + hours(24 * 3)
        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(1), now: s.now)
        #expect(report.systems.first?.incidents == 1)
        #expect(report.systems.first?.totalOutage == 0, "not an EPJ outage of three days")
        #expect(report.systems.first?.maxOutageBreaches == 0)

        s.now = night
        let falseAlarm = try s.open("Lab treg")
        try s.run(.triage(falseAlarm, TriageInput(systems: ["lab"], category: "teknisk-svikt", severity: .low, consequence: "Treg")))
        s.now = night + minutes(20)
        try s.run(.close(falseAlarm, summary: "Falsk alarm", dismissal: "Nettleseren hang", level: nil))
        s.now = night + hours(24 * 3)
        let lab = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(1), now: s.now).systems.first { $0.system == "lab" }
        #expect(lab?.totalOutage == minutes(20), "from down to closed, not to now")
    }

    @Test("Planned outages are counted apart from unplanned ones, per system")
    func plannedApart() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        try incident(&s, at: night, systems: ["epj"], triage: minutes(5), notify: nil, restore: hours(2))
        s.now = night + hours(24)
        let upgrade = try s.run(.openIncident(title: "Oppgradering av DIPS", detectedBy: nil, planned: true))[0].incident!
        try s.run(.triage(upgrade, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .moderate, consequence: "Planlagt")))
        try s.run(.startResponse(upgrade, note: nil))
        s.now = night + hours(27)
        try s.run(.confirmControl(upgrade, note: "Etter plan"))
        try s.run(.startRestoration(upgrade, note: nil))
        try s.run(.confirmRestored(upgrade, note: nil))
        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(48), now: s.now)
        #expect(report.incidents == 1)
        #expect(report.plannedOutages == 1)
        let epj = try #require(report.systems.first { $0.system == "epj" })
        #expect(epj.incidents == 1)
        #expect(epj.totalOutage == hours(2), "the upgrade's three hours are not an unplanned outage")
        #expect(epj.plannedOutages == 1)
        #expect(epj.plannedOutage == hours(3))
        #expect(s.state[upgrade]?.planned == true)
    }

    @Test("Trends: each quarter and year of the period against the same one the year before")
    func trendsAgainstTheYearBefore() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let lastYear = night - hours(24 * 365)
        try incident(&s, at: lastYear, systems: ["epj"], triage: minutes(5), notify: nil, restore: hours(4))
        try incident(&s, at: night, systems: ["epj"], triage: minutes(5), notify: nil, restore: hours(1))
        try incident(&s, at: night + hours(24), systems: ["lab"], triage: minutes(5), notify: nil, restore: hours(2))
        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(48), now: s.now)
        #expect(report.quarters == [OutageTrend(period: "2026 K4", incidents: 2, outage: hours(3), previousIncidents: 1, previousOutage: hours(4))])
        #expect(report.years.map(\.period) == ["2026"])
        #expect(report.years.first?.previousIncidents == 1)
    }
}
