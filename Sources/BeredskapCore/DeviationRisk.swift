/// One step on the three-step scale of a simple risk matrix: how likely, how bad, and the risk they make together.
public enum RiskGrade: String, Codable, Sendable, CaseIterable, Comparable {
    case low = "lav"
    case medium = "middels"
    case high = "høy"

    public static func < (lhs: RiskGrade, rhs: RiskGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// 1, 2 or 3, for the matrix.
    var weight: Int { Self.allCases.firstIndex(of: self)! + 1 }
}

/// The risk an avvik shows (Normen 5.8.1: «en vurdering som grunnlag for iverksettelse av korrigerende tiltak»):
/// how likely it is to happen again or get worse, how bad that would be, and what the risk is, in a sentence.
/// Recorded when the avvik is registered or later, and again when it changes; the journal keeps every assessment.
public struct DeviationRisk: Codable, Sendable, Equatable {
    /// Sannsynlighet for at det skjer igjen, eller blir verre.
    public var likelihood: RiskGrade
    /// Konsekvens om det skjer.
    public var consequence: RiskGrade
    /// What the risk is, e.g. «Nytt strømbrudd før aggregatet er testet tar ned EPJ igjen».
    public var text: String

    public init(likelihood: RiskGrade, consequence: RiskGrade, text: String) {
        self.likelihood = likelihood
        self.consequence = consequence
        self.text = text
    }

    /// The matrix, likelihood times consequence: up to 2 is lav, 3 and 4 middels, 6 and 9 høy.
    public var level: RiskGrade {
        switch likelihood.weight * consequence.weight {
        case ...2: .low
        case 3...4: .medium
        default: .high
        }
    }

    /// `høy (sannsynlighet middels, konsekvens høy)`.
    public var grading: String {
        "\(level.rawValue) (sannsynlighet \(likelihood.rawValue), konsekvens \(consequence.rawValue))"
    }
}
