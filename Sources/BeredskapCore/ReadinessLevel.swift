/// Beredskapsnivå: the organisation's readiness level (factsheet 2c). Belongs to the organisation, not to one incident.
public enum ReadinessLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case green = "grønn"
    case yellow = "gul"
    case red = "rød"

    /// The word shown in the banner, so colour is never the only signal.
    public var word: String { rawValue.uppercased() }

    private var rank: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: ReadinessLevel, rhs: ReadinessLevel) -> Bool { lhs.rank < rhs.rank }
}
