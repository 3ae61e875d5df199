import BeredskapJournal

/// Real and exercise journals live in separate schemas of the regional database, never in the same tables.
public enum RegionKind: String, Sendable, CaseIterable, Encodable {
    case real, exercise

    public init(_ kind: JournalKind) {
        switch kind {
        case .real: self = .real
        case .exercise: self = .exercise
        }
    }

    /// The PostgreSQL schema holding this kind's journals, lines and decoded tables.
    public var schema: String {
        switch self {
        case .real: "beredskap_real"
        case .exercise: "beredskap_exercise"
        }
    }
}
