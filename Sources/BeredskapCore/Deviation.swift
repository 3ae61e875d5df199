import Foundation

/// An avvik (deviation, Normen 5.8.1), e.g. `A-2026-004`.
public struct DeviationID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A measure within a deviation, e.g. `T2`.
public struct MeasureID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// Where the cause lies, as the internal-control guide (2.4.1) separates them: a person acting against the
/// management system is followed up in the line; a missing or faulty routine or system by its owner.
public enum CauseLevel: String, Codable, Sendable, CaseIterable {
    case person = "person"
    case system = "system"
    case unknown = "ukjent"
}

/// The properties a deviation touches: konfidensialitet, integritet, tilgjengelighet, and robusthet.
public enum DeviationProperty: String, Codable, Sendable, CaseIterable {
    case confidentiality = "konfidensialitet"
    case integrity = "integritet"
    case availability = "tilgjengelighet"
    case robustness = "robusthet"
}

/// Who holds each role in handling the deviation (guide 2.4.1), as role titles, never personal names in text.
public struct DeviationRoles: Codable, Sendable, Equatable {
    /// Avviksmelder: who reported it.
    public var reporter: String
    /// Avviksbehandler: who follows it up.
    public var handler: String
    /// Avvikseier: who owns it.
    public var owner: String
    public init(reporter: String, handler: String, owner: String) {
        self.reporter = reporter
        self.handler = handler
        self.owner = owner
    }
}

/// An avvik as a person reports it: the fields of the internal-control guide's form.
public struct DeviationReport: Codable, Sendable, Equatable {
    /// Hva og hvor: what happened, and where (a unit, a system; never a patient).
    public var what: String
    /// Strakstiltak: what was done at once.
    public var immediateMeasures: String
    /// Mulig konsekvens.
    public var possibleConsequence: String
    /// Hvordan avviket ble oppdaget.
    public var howDetected: String
    public var affected: [DeviationProperty]
    /// Where the cause lies: a person, a system or routine, or not known.
    public var cause: CauseLevel
    public var roles: DeviationRoles
    /// The system in the register the avvik concerns, if it concerns one. With `category`, what makes it a repeat.
    public var system: SystemID?
    /// What caused it, as one of the organisation's hendelseskategorier (strømbrudd, skadevare, teknisk svikt ...),
    /// so two avvik can be seen to have the same cause without comparing free text.
    public var category: CategoryID?
    /// The risk assessment given when it was registered; a later one is its own event (`DeviationRiskAssessed`).
    public var risk: DeviationRisk?

    public init(what: String, immediateMeasures: String, possibleConsequence: String, howDetected: String,
                affected: [DeviationProperty], cause: CauseLevel, roles: DeviationRoles,
                system: SystemID? = nil, category: CategoryID? = nil, risk: DeviationRisk? = nil) {
        self.what = what
        self.immediateMeasures = immediateMeasures
        self.possibleConsequence = possibleConsequence
        self.howDetected = howDetected
        self.affected = affected
        self.cause = cause
        self.roles = roles
        self.system = system
        self.category = category
        self.risk = risk
    }
}

/// How far a measure has come.
public enum MeasureStatus: String, Codable, Sendable, CaseIterable {
    case planned = "planlagt"
    case started = "iverksatt"
    case done = "fullført"
    case dropped = "forkastet"

    /// Done or dropped: nothing more to follow up.
    public var isSettled: Bool { self == .done || self == .dropped }
}

/// A measure as it is decided (Normen 5.8.1: «tiltak og eventuelle alternative tiltak ... skal vedtas»; the guide
/// adds the estimated cost): what, who carries it out, by when, what it costs, what else was considered, who approved it.
public struct MeasurePlan: Codable, Sendable, Equatable {
    public var text: String
    /// Tiltaksansvarlig, as a role title.
    public var owner: String
    public var due: Date
    /// Estimated cost, as written: «ca. 40 000 kr», «2 dagsverk».
    public var cost: String?
    /// The alternative measures considered, and why this one was chosen.
    public var alternatives: String?
    /// Who approved the measure and when; it may also be approved later (`DeviationMeasureApproved`).
    public var approval: Approval?

    public init(text: String, owner: String, due: Date, cost: String? = nil, alternatives: String? = nil, approval: Approval? = nil) {
        self.text = text
        self.owner = owner
        self.due = due
        self.cost = cost
        self.alternatives = alternatives
        self.approval = approval
    }
}

/// A corrective measure as decided (`plan`: what, who, by when, cost, alternatives, approval) and how far it has come.
public struct DeviationMeasure: Codable, Sendable, Equatable {
    public var id: MeasureID
    public var plan: MeasurePlan
    public var status: MeasureStatus = .planned
    public var notes: [String] = []

    public func isOverdue(at now: Date) -> Bool { !status.isSettled && plan.due < now }
}

/// A deviation as the journal tells it.
public struct Deviation: Codable, Sendable, Equatable {
    public var id: DeviationID
    public var incident: IncidentID?
    public var registeredAt: Date
    /// As registered, with the system and cause category as last recorded and the latest risk assessment.
    public var report: DeviationReport
    /// When the risk in `report.risk` was assessed.
    public var riskAssessedAt: Date?
    public var measures: [DeviationMeasure] = []
    /// The closing assessment, once closed.
    public var closing: DeviationClosed?
    public var closedAt: Date?

    public var isOpen: Bool { closing == nil }
    public func measure(_ id: MeasureID) -> DeviationMeasure? { measures.first { $0.id == id } }
}
