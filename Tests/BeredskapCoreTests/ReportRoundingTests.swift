import Foundation
import Testing
@testable import BeredskapCore

extension ManagementReportTests {
    /// Three outages of 10 min 40 s: whole minutes first (11 each), so the total is 33, not the 32 the raw seconds
    /// make, and rows, months and years agree with each other and with what is printed.
    @Test func durationsAreRoundedPerIncidentBeforeTheyAreAddedUp() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let outage = minutes(10) + 40
        try incident(&s, at: night, systems: ["epj"], triage: minutes(2) + 29, notify: nil, restore: outage)
        try incident(&s, at: night + hours(2), systems: ["epj"], triage: minutes(2) + 31, notify: nil, restore: outage)
        try incident(&s, at: night + hours(4), systems: ["epj"], triage: minutes(2) + 31, notify: nil, restore: outage)
        try incident(&s, at: night + hours(6), systems: ["lab"], triage: minutes(2) + 29, notify: nil, restore: minutes(20) + 20)

        let report = ManagementReport(state: s.state, from: night - hours(1), to: night + hours(24), now: night + hours(24))
        let epj = try #require(report.systems.first { $0.system == "epj" })
        let lab = try #require(report.systems.first { $0.system == "lab" })
        #expect(epj.longestOutage == minutes(11))
        #expect(epj.totalOutage == minutes(33), "3 × 11, not the raw 32")
        #expect(lab.totalOutage == minutes(20))
        let rows = report.systems.map(\.totalOutage).reduce(0, +)
        #expect(report.months.map(\.outage).reduce(0, +) == rows)
        #expect(report.years.map(\.outage).reduce(0, +) == rows)
        #expect(report.medianTimeToTriage == minutes(3), "2 and 3 min after rounding, their middle 2.5 rounded up")
        #expect(report.medianTimeToRestore == minutes(11))
    }
}
