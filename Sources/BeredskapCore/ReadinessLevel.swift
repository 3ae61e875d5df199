/// Beredskapsnivå: the organisation's readiness level (factsheet 2c). Belongs to the organisation, not to one incident.
/// The resting state is normal drift; grønn (forhøyet), gul (forsterket) and rød (full) are raised levels, each
/// entered by a decision. Norwegian hospital plans use grønn as a raised level, so it is never the default.
public enum ReadinessLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// Normal drift: no raised readiness.
    case normal = "normal"
    case green = "grønn"
    case yellow = "gul"
    case red = "rød"

    /// The raised levels, lowest first: the ones nivaer.yaml defines.
    public static let raised: [ReadinessLevel] = [.green, .yellow, .red]

    /// The word shown in the banner, so colour is never the only signal.
    public var word: String {
        switch self {
        case .normal: "NORMAL DRIFT"
        case .green, .yellow, .red: rawValue.uppercased()
        }
    }

    /// The word inside a sentence: «normal drift», «grønn».
    public var name: String {
        switch self {
        case .normal: "normal drift"
        case .green, .yellow, .red: rawValue
        }
    }

    public var isRaised: Bool { self != .normal }

    private var rank: Int {
        switch self {
        case .normal: 0
        case .green: 1
        case .yellow: 2
        case .red: 3
        }
    }

    public static func < (lhs: ReadinessLevel, rhs: ReadinessLevel) -> Bool { lhs.rank < rhs.rank }
}
