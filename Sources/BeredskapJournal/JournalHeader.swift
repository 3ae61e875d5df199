import Foundation

/// Line 0 of a journal: what the file is, which journal, and whether it is an exercise.
public struct JournalHeader: Sendable, Equatable {
    /// The format version; this code reads and writes version 1.
    public let version: Int
    /// The journal's identity, printed with seals so paper can be matched to its journal.
    public let id: UUID
    public let kind: JournalKind
    /// When the journal was created (millisecond precision, as stored).
    public let created: Date
    /// The header line's hash: the `prev` of record 1.
    public let hash: LineHash

    public init(version: Int, id: UUID, kind: JournalKind, created: Date, hash: LineHash) {
        self.version = version
        self.id = id
        self.kind = kind
        self.created = created
        self.hash = hash
    }
}
