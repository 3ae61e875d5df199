import Foundation

/// Everything the journal has told so far: the organisation's level and every incident.
/// Built only by `evolve`; never changed any other way.
public struct State: Sendable, Equatable {
    /// The organisation the playbooks describe; fixed for the life of the state.
    public internal(set) var organisation: Organisation
    /// An exercise journal's state: exercise events are accepted only here.
    public let isExercise: Bool
    public var level: ReadinessLevel = .normal
    /// The decision that set the current level, if any has been made.
    public var levelDecision: LevelChanged? { levelHistory.last?.change }
    public var levelDecidedAt: Date?
    /// Every level decision in the order made, with when it took effect (the management report lists a period's).
    public internal(set) var levelHistory: [LevelDecisionRecord] = []
    /// Krisestab roles and who holds them now.
    public var roles: [RoleID: String] = [:]
    /// The appointment that filled each role most recently: it fulfils «appoint the role» in every incident.
    public internal(set) var roleAppointments: [RoleID: Fulfilled] = [:]
    /// Incidents in the order they were opened.
    public private(set) var incidents: [Incident] = []
    private(set) var index: [IncidentID: Int] = [:]
    /// Avvik in the order they were registered.
    public internal(set) var deviations: [Deviation] = []
    /// The exercise this journal plays, once it has started.
    public internal(set) var exercise: Exercise?
    /// Corrective actions from every evaluation, in the order recorded.
    public internal(set) var improvementPlan: [ImprovementAction] = []
    /// Hot-wash notes from incidents and the exercise, in the order recorded.
    public internal(set) var hotWash: [HotWashNote] = []
    /// Functional and restore tests recorded in the real journal, in the order recorded.
    public internal(set) var procedureTests: [RecordedProcedureTest] = []
    /// Training on procedures and krisestab roles (factsheet 3a), in the order recorded.
    public internal(set) var trainings: [RecordedTraining] = []
    /// The seq of the last event folded in; corrections may point at any seq up to it.
    public var lastSeq = 0
    /// Corrected lines: the corrected seq and the seqs of the corrections that point at it, in order,
    /// so every view can mark a corrected line and show its corrections beside it.
    public internal(set) var corrections: [Int: [Int]] = [:]

    public init(organisation: Organisation = .empty, isExercise: Bool = false) {
        self.organisation = organisation
        self.isExercise = isExercise
    }

    public subscript(id: IncidentID) -> Incident? {
        get { index[id].map { incidents[$0] } }
    }

    public var openIncidents: [Incident] { openPositions.map { incidents[$0] } }

    /// The ids of the open incidents, without copying any incident: replay asks for them at every role appointment,
    /// and a long journal holds thousands of closed incidents.
    public var openIncidentIDs: [IncidentID] { openPositions.map { incidents[$0].id } }

    /// Where the open incidents are, each one's phase read in place.
    private var openPositions: [Int] { incidents.indices.filter { incidents[$0].phase.isOpen } }

    mutating func add(_ incident: Incident) {
        index[incident.id] = incidents.count
        incidents.append(incident)
    }

    mutating func update(_ id: IncidentID, _ change: (inout Incident) -> Void) {
        guard let position = index[id] else { return }
        change(&incidents[position])
    }

    /// The state without its closed incidents, and those apart with their places. A snapshot keeps them apart:
    /// years of closed incidents are most of a long journal's state, and the first frame does not need them.
    public var closedApart: (rest: State, closed: [PlacedIncident]) {
        var rest = self
        (rest.incidents, rest.index) = ([], [:])
        var closed: [PlacedIncident] = []
        for (position, incident) in incidents.enumerated() {
            if incident.phase.isOpen { rest.add(incident) } else { closed.append(PlacedIncident(position: position, incident: incident)) }
        }
        return (rest, closed)
    }

    /// Puts back the closed incidents ``closedApart`` took out, each at its place.
    public mutating func restore(closed: [PlacedIncident]) {
        let others = incidents
        (incidents, index) = ([], [:])
        var next = others.startIndex
        for placed in closed {
            while incidents.count < placed.position, next < others.endIndex {
                add(others[next])
                next += 1
            }
            add(placed.incident)
        }
        for other in others[next...] { add(other) }
    }

    /// The next incident id for a year: `H-2026-001`, `H-2026-002`, ...
    func nextIncidentID(year: Int) -> IncidentID {
        IncidentID(Self.nextNumber("H", year: year, taken: incidents.map(\.id.rawValue)))
    }

    /// The next avvik id for a year: `A-2026-001`, ...
    func nextDeviationID(year: Int) -> DeviationID {
        DeviationID(Self.nextNumber("A", year: year, taken: deviations.map(\.id.rawValue)))
    }

    private static func nextNumber(_ letter: String, year: Int, taken: [String]) -> String {
        let prefix = "\(letter)-\(year)-"
        return prefix + String(format: "%03d", taken.filter { $0.hasPrefix(prefix) }.count + 1)
    }

    public func deviation(_ id: DeviationID) -> Deviation? { deviations.first { $0.id == id } }
}
