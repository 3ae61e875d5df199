import Foundation

/// Everything the journal has told so far: the organisation's level and every incident.
/// Built only by `evolve`; never changed any other way.
public struct State: Sendable, Equatable {
    /// The organisation the playbooks describe; fixed for the life of the state.
    public let organisation: Organisation
    public var level: ReadinessLevel = .green
    /// The decision that set the current level, if any has been made.
    public var levelDecision: LevelChanged?
    public var levelDecidedAt: Date?
    /// Krisestab roles and who holds them now.
    public var roles: [RoleID: String] = [:]
    /// Incidents in the order they were opened.
    public private(set) var incidents: [Incident] = []
    private var index: [IncidentID: Int] = [:]
    /// The seq of the last event folded in; corrections may point at any seq up to it.
    public var lastSeq = 0

    public init(organisation: Organisation = .empty) {
        self.organisation = organisation
    }

    public subscript(id: IncidentID) -> Incident? {
        get { index[id].map { incidents[$0] } }
    }

    public var openIncidents: [Incident] { incidents.filter { $0.phase.isOpen } }

    mutating func add(_ incident: Incident) {
        index[incident.id] = incidents.count
        incidents.append(incident)
    }

    mutating func update(_ id: IncidentID, _ change: (inout Incident) -> Void) {
        guard let position = index[id] else { return }
        change(&incidents[position])
    }

    /// The next incident id for a year: `H-2026-001`, `H-2026-002`, ...
    func nextIncidentID(year: Int) -> IncidentID {
        let prefix = "H-\(year)-"
        let taken = incidents.filter { $0.id.rawValue.hasPrefix(prefix) }.count
        return IncidentID(prefix + String(format: "%03d", taken + 1))
    }
}
