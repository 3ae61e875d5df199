/// Fase: where an incident is in the procedure. Each phase is entered by one kind of event; Core enforces the order.
public enum Phase: String, Codable, Sendable, CaseIterable, Comparable {
    /// Something is down: who noticed, when, what.
    case detected = "oppdaget"
    /// Initial assessment done (factsheet 2a).
    case triaged = "vurdert"
    /// Response under way: levels, notification, krisestab, fallback routines, damage limitation (2c-2g, 2i).
    case responding = "håndteres"
    /// Technical restoration, only after control and situational awareness are confirmed (2h).
    case restoring = "gjenopprettes"
    /// Service is back; paper records are entered into the primary system (2f).
    case reEntry = "ajourføres"
    /// Closed: forms reconciled and mandatory notifications done or declined.
    case closed = "avsluttet"
    /// Lessons and corrective actions recorded (3d).
    case evaluated = "evaluert"

    /// The Norwegian word shown on screen.
    public var word: String { rawValue }

    /// Whether the incident still needs handling (not closed or evaluated).
    public var isOpen: Bool { self < .closed }

    /// The phases of an incident that still needs handling, in order.
    public static let open: [Phase] = allCases.filter(\.isOpen)

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
