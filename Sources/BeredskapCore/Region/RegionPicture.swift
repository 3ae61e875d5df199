import Foundation

/// The region's picture (`beredskap region status`, `region console`): every hospital's journal of one kind with
/// its level, open incidents, affected systems and outage clocks, and when it last synced. Plain data, so the
/// console shows it without knowing the database it was read from (BeredskapRegion reads it).
public struct RegionPicture: Encodable, Sendable, Hashable {
    public struct Hospital: Encodable, Sendable, Hashable {
        public var journal: String
        public var hospital: String
        public var level: ReadinessLevel?
        public var levelSince: Date?
        /// The last line the decoded tables follow from.
        public var syncedSeq: Int?
        public var lastSync: Date?
        /// Chains refused because they changed lines the region held.
        public var forks: Int
        public var openIncidents: [OpenIncident]

        public init(journal: String, hospital: String, level: ReadinessLevel?, levelSince: Date?, syncedSeq: Int?, lastSync: Date?,
                    forks: Int, openIncidents: [OpenIncident]) {
            (self.journal, self.hospital, self.level, self.levelSince) = (journal, hospital, level, levelSince)
            (self.syncedSeq, self.lastSync, self.forks, self.openIncidents) = (syncedSeq, lastSync, forks, openIncidents)
        }
    }

    public struct OpenIncident: Encodable, Sendable, Hashable {
        public var incident: String
        public var title: String
        public var phase: Phase
        public var detectedAt: Date
        /// The affected systems by name.
        public var systems: [String]
        /// Whether availability is affected, so the outage clock runs.
        public var outage: Bool
        /// From detection to restoration (or now while not restored), in seconds, as of the picture's `at`.
        public var outageSeconds: TimeInterval
        public var maxOutageMinutes: Int?
        public var restored: Bool
        /// Mandatory notifications neither reached nor declined.
        public var outstandingNotifications: Int

        public init(incident: String, title: String, phase: Phase, detectedAt: Date, systems: [String], outage: Bool,
                    outageSeconds: TimeInterval, maxOutageMinutes: Int?, restored: Bool, outstandingNotifications: Int) {
            (self.incident, self.title, self.phase, self.detectedAt, self.systems) = (incident, title, phase, detectedAt, systems)
            (self.outage, self.outageSeconds, self.maxOutageMinutes) = (outage, outageSeconds, maxOutageMinutes)
            (self.restored, self.outstandingNotifications) = (restored, outstandingNotifications)
        }

        public var maxOutageExceeded: Bool { exceedsMaxOutage(after: outageSeconds) }

        /// The outage clock `seconds` after the picture was read: it runs on until restoration, so a screen showing
        /// an older picture keeps it ticking between reads.
        public func outageSeconds(later seconds: TimeInterval) -> TimeInterval {
            restored || !outage ? outageSeconds : outageSeconds + max(0, seconds)
        }

        /// Whether the clock at `seconds` is past the maximum outage time.
        public func exceedsMaxOutage(after seconds: TimeInterval) -> Bool {
            maxOutageMinutes.map { outage && seconds > Double($0) * 60 } ?? false
        }
    }

    public var kind: RegionKind
    public var at: Date
    public var hospitals: [Hospital]

    public init(kind: RegionKind, at: Date, hospitals: [Hospital]) {
        (self.kind, self.at, self.hospitals) = (kind, at, hospitals)
    }
}
