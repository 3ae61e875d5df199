import Foundation
import Testing
@testable import BeredskapCore

@Suite("Level suggestion from triage")
struct LevelSuggestionTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let severity: Severity
        let expected: Int?
        let maxOutage: Int?
        let suggested: ReadinessLevel
        var testDescription: String {
            "\(severity) expected \(expected.map(String.init) ?? "-") of \(maxOutage.map(String.init) ?? "-") min → \(suggested)"
        }
    }

    static let table: [Row] = [
        // Severity alone, when durations are unknown.
        Row(severity: .low, expected: nil, maxOutage: nil, suggested: .green),
        Row(severity: .moderate, expected: nil, maxOutage: nil, suggested: .green),
        Row(severity: .high, expected: nil, maxOutage: nil, suggested: .yellow),
        Row(severity: .critical, expected: nil, maxOutage: nil, suggested: .red),
        // Expected duration against max outage: half of it is yellow, all of it is red.
        Row(severity: .low, expected: 60, maxOutage: 240, suggested: .green),
        Row(severity: .low, expected: 119, maxOutage: 240, suggested: .green),
        Row(severity: .low, expected: 120, maxOutage: 240, suggested: .yellow),
        Row(severity: .moderate, expected: 239, maxOutage: 240, suggested: .yellow),
        Row(severity: .low, expected: 240, maxOutage: 240, suggested: .red),
        Row(severity: .moderate, expected: 600, maxOutage: 240, suggested: .red),
        // A short outage never suggests less than the severity does.
        Row(severity: .high, expected: 10, maxOutage: 240, suggested: .yellow),
        Row(severity: .critical, expected: 10, maxOutage: 240, suggested: .red),
        Row(severity: .high, expected: 240, maxOutage: 240, suggested: .red),
        // One of the two durations unknown: severity decides.
        Row(severity: .low, expected: 600, maxOutage: nil, suggested: .green),
        Row(severity: .moderate, expected: nil, maxOutage: 15, suggested: .green),
    ]

    @Test("Suggestion table", arguments: table)
    func suggestion(row: Row) {
        #expect(LevelSuggestion.suggest(severity: row.severity, expected: row.expected.map(Minutes.init),
                                        maxOutage: row.maxOutage.map(Minutes.init)) == row.suggested)
    }

    @Test("Triage records the suggestion; only a decision changes the level")
    func suggestionIsNotDecision() throws {
        var s = Scenario()
        let id = try s.open()
        try s.triage(id, severity: .critical, expected: .hours(1), maxOutage: .hours(4))
        #expect(s.state[id]?.triage?.suggestedLevel == .red)
        #expect(s.state.level == .normal)
        #expect(s.state.levelDecidedAt == nil)
    }
}

@Suite("Incident ids")
struct IncidentIDTests {
    @Test("Ids run H-YYYY-001, -002, ... per year of when the incident began, on the organisation's clock")
    func perYear() throws {
        var s = Scenario()
        s.now = Date(timeIntervalSince1970: 1_798_756_200) // 2026-12-31 23:30 in Oslo (22:30 UTC)
        var ids: [IncidentID] = []
        for _ in 1...10 { ids.append(try s.open()) }
        #expect(ids.first == "H-2026-001")
        #expect(ids.last == "H-2026-010")

        // 00:30 on New Year's Day in Oslo is 2027 there, although it is still 2026 in UTC.
        s.now = Date(timeIntervalSince1970: 1_798_759_800) // 2027-01-01 00:30 in Oslo (2026-12-31 23:30 UTC)
        for _ in 1...2 { ids.append(try s.open()) }
        // A late entry for something that began last year takes last year's next number.
        ids.append(try s.open(occurred: Date(timeIntervalSince1970: 1_798_756_200)))
        ids.append(try s.open())
        #expect(ids.suffix(4) == ["H-2027-001", "H-2027-002", "H-2026-011", "H-2027-003"])
        #expect(Set(s.state.incidents.map(\.id)).count == 14)
    }

    @Test("Ids continue after incidents are closed")
    func afterClosed() throws {
        var s = Scenario()
        _ = try s.incident(in: .evaluated)
        let next = try s.open()
        #expect(next == "H-2026-002")
    }
}
