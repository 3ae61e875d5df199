/// How a cell looks, by meaning rather than by colour: the backend decides what each role becomes on the
/// terminal at hand (colours, or bold/reverse when there are none).
public struct Style: Hashable, Sendable {
    public enum Role: Hashable, Sendable, CaseIterable {
        case normal
        case bannerGreen
        case bannerYellow
        case bannerRed
        case exercise
        case overdue
        case critical
        case dim
        case selected
        case error
    }

    public var role: Role
    public var bold: Bool

    public init(_ role: Role = .normal, bold: Bool = false) {
        self.role = role
        self.bold = bold
    }

    public static let normal = Style()
}
