import Foundation

/// Reporting to management (Normen faktaark 12; internal-control guide): outages per system against their max
/// outage time, how fast incidents were assessed, notified and restored, monthly trends, and avvik follow-up.
/// A pure function of the state, a period and the time now.
public struct ManagementReport: Sendable, Equatable, Encodable {
    public struct SystemFigures: Sendable, Equatable, Encodable {
        public var system: SystemID
        public var name: String
        /// Unplanned incidents; planned outages are counted apart.
        public var incidents: Int
        public var totalOutage: TimeInterval
        public var longestOutage: TimeInterval
        /// Incidents whose outage passed the max outage time in force at triage.
        public var maxOutageBreaches: Int
        /// The system's own max outage (the stricter of its class and its register entry).
        public var maxOutage: Minutes?
        /// Planlagt nedetid (factsheet 12 reports it apart from unplanned outages).
        public var plannedOutages = 0
        public var plannedOutage: TimeInterval = 0
    }

    public struct Month: Sendable, Equatable, Encodable {
        /// `2026-11`.
        public var month: String
        public var incidents: Int
        public var outage: TimeInterval
    }

    public struct DeviationFigures: Sendable, Equatable, Encodable {
        public var open = 0
        public var closed = 0
        public var measuresOpen = 0
        public var measuresDone = 0
        public var measuresOverdue = 0
        /// Avvik that repeat an earlier one (same system and cause within 12 months): each calls for a new risk assessment.
        public var repeated = 0
        /// Avvik with no risk assessment recorded.
        public var withoutRisk = 0
    }

    public var from: Date
    public var to: Date
    /// Unplanned incidents detected in the period.
    public var incidents: Int
    /// Planned outages (planlagt nedetid) in the period, reported apart.
    public var plannedOutages: Int
    public var systems: [SystemFigures]
    /// Medians over the incidents that got that far; nil when none did.
    public var medianTimeToTriage: TimeInterval?
    public var medianTimeToFirstNotification: TimeInterval?
    public var medianTimeToRestore: TimeInterval?
    public var months: [Month]
    /// Per quarter and year of the period, each against the same period the year before.
    public var quarters: [OutageTrend]
    public var years: [OutageTrend]
    public var deviations: DeviationFigures
    /// The avvik registered in the period, each with its measures, in the order registered.
    public var deviationLines: [DeviationLine]
    /// Incidents of a `malicious` category with the measures taken and their results (factsheet 12).
    public var responses: [ResponseLine]
    /// The level decisions taken in the period, oldest first.
    public var levelDecisions: [LevelDecisionRecord]
    /// Notifications of the period's unplanned incidents, and those reached after their deadline (or not at all).
    public var notifications = 0
    public var lateNotifications = 0
    /// Corrective actions from the evaluations in this journal: open, closed, and open past their deadline now.
    public var correctiveActionsOpen = 0
    public var correctiveActionsClosed = 0
    public var correctiveActionsOverdue = 0

    /// Incidents detected within `from..<to`; outages still running are counted up to `now`.
    public init(state: State, from: Date, to: Date, now: Date) {
        self.from = from
        self.to = to
        let period = state.incidents.filter { $0.detectedAt >= from && $0.detectedAt < to }
        plannedOutages = period.filter(\.planned).count
        // Medians and months describe the unplanned; the planned ones stand apart per system.
        let chosen = period.filter { !$0.planned }
        incidents = chosen.count
        // Per system, from down to restored; a breach that took nothing down adds no outage time. Each outage is
        // rounded to whole minutes before anything is summed, so every total is the sum of the rows it stands for.
        func outage(_ incident: Incident) -> TimeInterval {
            Clocks.isOutage(incident) ? Self.wholeMinutes(Clocks.outage(incident, now: now).elapsed) : 0
        }

        var bySystem: [SystemID: SystemFigures] = [:]
        for incident in period {
            for system in incident.triage?.systems ?? [] {
                var figures = bySystem[system] ?? SystemFigures(system: system, name: state.organisation.system(system)?.name ?? system.rawValue,
                                                                 incidents: 0, totalOutage: 0, longestOutage: 0, maxOutageBreaches: 0,
                                                                 maxOutage: state.organisation.strictest([system]).maxOutage)
                if incident.planned {
                    figures.plannedOutages += 1
                    figures.plannedOutage += outage(incident)
                    bySystem[system] = figures
                    continue
                }
                figures.incidents += 1
                figures.totalOutage += outage(incident)
                figures.longestOutage = max(figures.longestOutage, outage(incident))
                if Clocks.isOutage(incident), Clocks.outage(incident, now: now).exceeded { figures.maxOutageBreaches += 1 }
                bySystem[system] = figures
            }
        }
        systems = bySystem.values.sorted { ($0.totalOutage, $1.system) > ($1.totalOutage, $0.system) }

        medianTimeToTriage = Self.median(chosen.compactMap { $0.triagedAt?.timeIntervalSince($0.detectedAt) })
        medianTimeToFirstNotification = Self.median(chosen.compactMap { incident in
            incident.duties.compactMap(\.reachedAt).min()?.timeIntervalSince(incident.detectedAt)
        })
        medianTimeToRestore = Self.median(chosen.compactMap { $0.restoredAt?.timeIntervalSince($0.detectedAt) })

        var months: [String: Month] = [:]
        for incident in chosen {
            let key = Timestamps.month(incident.detectedAt, timeZone: state.organisation.timeZone)
            var month = months[key] ?? Month(month: key, incidents: 0, outage: 0)
            month.incidents += 1
            month.outage += outage(incident)
            months[key] = month
        }
        self.months = months.values.sorted { $0.month < $1.month }
        (quarters, years) = OutageTrend.trends(state.incidents, in: chosen, timeZone: state.organisation.timeZone, outage: outage)

        (deviations, deviationLines) = Self.deviations(state, from: from, to: to, now: now)
        responses = Self.responses(state, in: period.sorted { $0.detectedAt < $1.detectedAt })
        levelDecisions = state.levelHistory.filter { $0.at >= from && $0.at < to }
        for incident in chosen {
            notifications += incident.duties.count
            lateNotifications += incident.duties.filter { $0.wasLate(judgedAt: incident.closedAt ?? now) }.count
        }
        correctiveActionsOpen = state.improvementPlan.filter(\.isOpen).count
        correctiveActionsClosed = state.improvementPlan.count - correctiveActionsOpen
        correctiveActionsOverdue = state.improvementPlan.filter { $0.isOverdue(at: now) }.count
    }

    /// The report for supervisory authorities: systems named only by their criticality class and a number, so the
    /// figures are there but the map of which product runs what is not.
    public func redacted(organisation: Organisation) -> ManagementReport {
        var copy = self
        var counts: [String: Int] = [:]
        copy.systems = systems.enumerated().map { index, figures in
            let className = Self.className(of: figures.system, in: organisation)
            counts[className, default: 0] += 1
            var hidden = figures
            hidden.system = SystemID("system-\(index + 1)")
            hidden.name = "System i klassen «\(className)» nr. \(counts[className]!)"
            return hidden
        }
        copy.deviationLines = deviationLines.map { $0.redacted(organisation: organisation) }
        copy.responses = redactedResponses
        return copy
    }

    static func className(of system: SystemID, in organisation: Organisation) -> String {
        organisation.system(system).flatMap { organisation.criticalityClass($0.classID) }?.name ?? "ukjent klasse"
    }

    /// The report's one rounding rule: a duration to the nearest whole minute, half a minute up. Applied to each
    /// incident's duration before sums and medians, and to a median of two, so every figure is whole minutes and
    /// every total is the sum of its rows.
    static func wholeMinutes(_ seconds: TimeInterval) -> TimeInterval { (seconds / 60).rounded(.toNearestOrAwayFromZero) * 60 }

    static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.map(wholeMinutes).sorted()
        let middle = sorted.count / 2
        return wholeMinutes(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
    }
}
