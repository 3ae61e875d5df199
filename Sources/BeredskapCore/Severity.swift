/// Alvorlighetsgrad from the initial assessment (factsheet 2a).
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case low = "lav"
    case moderate = "moderat"
    case high = "høy"
    case critical = "kritisk"

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which security property an incident affects: konfidensialitet, integritet, tilgjengelighet.
public enum SecurityProperty: String, Codable, Sendable, CaseIterable {
    case confidentiality = "konfidensialitet"
    case integrity = "integritet"
    case availability = "tilgjengelighet"
}

/// Alternativ drift: how work goes on while the system is down (factsheet 2f).
public enum FallbackMode: String, Codable, Sendable, CaseIterable {
    /// Nøddrift uten IS: paper and manual routines.
    case withoutIT = "uten-is"
    /// Nøddrift med delvis IS-støtte: a read-only copy, a standby system, another system.
    case partialIT = "delvis-is"

    /// How people say it (Normen 5.9).
    public var word: String {
        switch self {
        case .withoutIT: "nøddrift uten IS-støtte"
        case .partialIT: "nøddrift med delvis IS-støtte"
        }
    }
}
