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

/// Alternativ drift: how work goes on while the system is down (factsheet 2f), and the kind of nødprosedyre written
/// for it. Normen 5.9 names two forms of emergency operation (uten IS, delvis IS-støtte); factsheet 1f adds the
/// kinds a plan may choose between: manual routines (uten IS), re-establishing a technical reserve solution, and
/// parallel solutions.
public enum FallbackMode: String, Codable, Sendable, CaseIterable {
    /// Nøddrift uten IS: paper and manual routines.
    case withoutIT = "uten-is"
    /// Nøddrift med delvis IS-støtte: a read-only copy, a standby system, another system.
    case partialIT = "delvis-is"
    /// Reetablering av teknisk reserveløsning: the service moved to a reserve (the other data room, a standby
    /// installation) while the primary is repaired.
    case standby = "reserveløsning"
    /// Parallell løsning: another channel kept ready beside the primary and used while it is down (Nødnett
    /// terminals and mobile phones when the hospital's telephony is out).
    case parallel = "parallell-løsning"

    /// How people say it (Normen 5.9, factsheet 1f).
    public var word: String {
        switch self {
        case .withoutIT: "nøddrift uten IS-støtte"
        case .partialIT: "nøddrift med delvis IS-støtte"
        case .standby: "teknisk reserveløsning"
        case .parallel: "parallell løsning"
        }
    }

    /// The word at the start of a sentence.
    public var title: String { word.prefix(1).uppercased() + word.dropFirst() }

    /// What it looks like in practice, for a choice list.
    public var example: String {
        switch self {
        case .withoutIT: "papir og manuelle rutiner"
        case .partialIT: "lesekopi, annet system"
        case .standby: "drift flyttet til reservedatarom eller reserveinstallasjon"
        case .parallel: "en annen kanal ved siden av, f.eks. Nødnett og mobiltelefoner"
        }
    }
}
