import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// `beredskap region report`: the factsheet-12 figures of every real journal the region holds, each from the
/// same ``ManagementReport`` a hospital's own `beredskap report` makes, and their sums. The lines are read back from
/// the region verbatim and verified by the journal reader with the rules of docs/JOURNAL.md before they count.
public struct RegionReport: Encodable, Sendable {
    /// The figures that add up across hospitals (medians do not, so they stay in each hospital's own report).
    public struct Figures: Encodable, Sendable, Equatable {
        public var incidents = 0
        public var plannedOutages = 0
        /// Unplanned outage per system, summed over systems, in whole minutes.
        public var outageMinutes = 0
        public var maxOutageBreaches = 0
        public var notifications = 0
        public var lateNotifications = 0
        public var levelDecisions = 0
        public var deviationsOpen = 0
        public var deviationsClosed = 0
        public var correctiveActionsOpen = 0
        public var correctiveActionsOverdue = 0

        init() {}

        init(_ report: ManagementReport) {
            incidents = report.incidents
            plannedOutages = report.plannedOutages
            outageMinutes = report.systems.reduce(0) { $0 + Int($1.totalOutage / 60) }
            maxOutageBreaches = report.systems.reduce(0) { $0 + $1.maxOutageBreaches }
            notifications = report.notifications
            lateNotifications = report.lateNotifications
            levelDecisions = report.levelDecisions.count
            deviationsOpen = report.deviations.open
            deviationsClosed = report.deviations.closed
            correctiveActionsOpen = report.correctiveActionsOpen
            correctiveActionsOverdue = report.correctiveActionsOverdue
        }

        static func + (lhs: Figures, rhs: Figures) -> Figures {
            var sum = lhs
            sum.incidents += rhs.incidents
            sum.plannedOutages += rhs.plannedOutages
            sum.outageMinutes += rhs.outageMinutes
            sum.maxOutageBreaches += rhs.maxOutageBreaches
            sum.notifications += rhs.notifications
            sum.lateNotifications += rhs.lateNotifications
            sum.levelDecisions += rhs.levelDecisions
            sum.deviationsOpen += rhs.deviationsOpen
            sum.deviationsClosed += rhs.deviationsClosed
            sum.correctiveActionsOpen += rhs.correctiveActionsOpen
            sum.correctiveActionsOverdue += rhs.correctiveActionsOverdue
            return sum
        }
    }

    /// One system across the hospitals that run it (systems with the same id in their registers).
    public struct SystemFigures: Encodable, Sendable, Equatable {
        public var system: String
        public var name: String
        public var hospitals: Int
        public var incidents: Int
        public var outageMinutes: Int
        public var maxOutageBreaches: Int
    }

    public struct Hospital: Encodable, Sendable {
        public var journal: String
        public var hospital: String
        public var seq: Int
        public var figures: Figures
        /// The hospital's own report, as its `beredskap report` makes it for the same period.
        public let report: ManagementReport

        private enum CodingKeys: String, CodingKey { case journal, hospital, seq, figures }
    }

    public var from: Date
    public var to: Date
    public var hospitals: [Hospital]
    public var total: Figures
    public var systems: [SystemFigures]

    /// Reads every real journal back from the region, verifies and replays it under `organisation`, and reports
    /// `from..<to` as of `now` (`redacted`: systems named by class only, as `report --redacted`). A journal whose lines do not verify is an error naming it: the region's copy must
    /// never be reported on when it is not the chain the hospital sent.
    public static func make(_ connection: RegionConnection, organisation: Organisation, from: Date, to: Date,
                            now: Date, redacted: Bool = false) throws(RegionError) -> RegionReport
    {
        try RegionSchema.require(connection)
        let tables = RegionTables(.real)
        let journals = try connection.execute("SELECT journal, hospital FROM \(tables.journals) ORDER BY hospital, journal")
        var hospitals: [Hospital] = []
        for row in 0..<journals.rows {
            guard let id = journals.string(row, 0) else { continue }
            let store = try RegionCopy.read(journal: id, tables: tables, organisation: organisation, connection)
            let full = ManagementReport(state: store.state, from: from, to: to, now: now)
            let report = redacted ? full.redacted(organisation: store.state.organisation) : full
            hospitals.append(Hospital(journal: id, hospital: journals.string(row, 1) ?? "", seq: store.seal.seq,
                                      figures: Figures(report), report: report))
        }
        return RegionReport(from: from, to: to, hospitals: hospitals, total: hospitals.map(\.figures).reduce(Figures(), +),
                            // Redacted systems are numbered per hospital, so they cannot be matched across hospitals.
                            systems: redacted ? [] : systemFigures(hospitals))
    }

    private static func systemFigures(_ hospitals: [Hospital]) -> [SystemFigures] {
        var bySystem: [String: SystemFigures] = [:]
        for hospital in hospitals {
            for figures in hospital.report.systems where figures.incidents > 0 {
                var sum = bySystem[figures.system.rawValue] ?? SystemFigures(system: figures.system.rawValue, name: figures.name,
                                                                              hospitals: 0, incidents: 0, outageMinutes: 0,
                                                                              maxOutageBreaches: 0)
                sum.hospitals += 1
                sum.incidents += figures.incidents
                sum.outageMinutes += Int(figures.totalOutage / 60)
                sum.maxOutageBreaches += figures.maxOutageBreaches
                bySystem[figures.system.rawValue] = sum
            }
        }
        return bySystem.values.sorted { ($0.outageMinutes, $1.system) > ($1.outageMinutes, $0.system) }
    }
}
