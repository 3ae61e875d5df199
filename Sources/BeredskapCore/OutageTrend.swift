import Foundation

/// Unplanned incidents and their outage time in one quarter or year, beside the same period the year before
/// (factsheet 12: trends for management, not only a month table).
public struct OutageTrend: Sendable, Equatable, Encodable {
    /// `2026 K3` or `2026`.
    public var period: String
    public var incidents: Int
    public var outage: TimeInterval
    public var previousIncidents: Int
    public var previousOutage: TimeInterval

    /// The quarters and years the report's incidents fall in, each against the year before, from the whole journal.
    static func trends(_ incidents: [Incident], in chosen: [Incident], timeZone: TimeZone,
                       outage: (Incident) -> TimeInterval) -> (quarters: [OutageTrend], years: [OutageTrend]) {
        let calendar = Timestamps.calendar(timeZone)
        func year(_ incident: Incident) -> Int { calendar.component(.year, from: incident.detectedAt) }
        func quarter(_ incident: Incident) -> Int { (calendar.component(.month, from: incident.detectedAt) - 1) / 3 + 1 }
        let unplanned = incidents.filter { !$0.planned }
        func trend(_ label: String, _ matches: (Incident, Int) -> Bool, _ yearNow: Int) -> OutageTrend {
            let now = unplanned.filter { matches($0, yearNow) }
            let before = unplanned.filter { matches($0, yearNow - 1) }
            return OutageTrend(period: label, incidents: now.count, outage: now.map(outage).reduce(0, +),
                               previousIncidents: before.count, previousOutage: before.map(outage).reduce(0, +))
        }
        let quarterKeys = Set(chosen.map { [year($0), quarter($0)] }).sorted { $0.lexicographicallyPrecedes($1) }
        let quarters = quarterKeys.map { key in
            trend("\(key[0]) K\(key[1])", { year($0) == $1 && quarter($0) == key[1] }, key[0])
        }
        let years = Set(chosen.map(year)).sorted().map { y in trend("\(y)", { year($0) == $1 }, y) }
        return (quarters, years)
    }
}
