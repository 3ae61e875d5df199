import BeredskapCore
import BeredskapJournal

/// Real and exercise journals live in separate schemas of the regional database, never in the same tables.
extension RegionKind {
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

    /// The `LISTEN`/`NOTIFY` channel a sync notifies when its transaction commits (payload: the journal's id), so a
    /// regional screen reads the picture again as rows arrive.
    public var channel: String { schema + "_synced" }
}
