import Foundation

/// A C2SP tlog-checkpoint of a journal: the note text `<origin>\n<size>\n<base64 root>\n`, committing to the
/// journal's first `size` lines (the header is line 0) through the RFC 6962 root of their tree.
public struct Checkpoint: Sendable, Equatable {
    public let origin: CheckpointOrigin
    /// Lines covered, the header included: the lines of seq 0 through `size - 1`.
    public let size: Int
    public let root: TreeHash

    public init(origin: CheckpointOrigin, size: Int, root: TreeHash) {
        self.origin = origin
        self.size = size
        self.root = root
    }

    /// Parses a checkpoint note's text; nil when it is not one of a Beredskap journal.
    public init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 4, lines[3].isEmpty, let origin = CheckpointOrigin(text: String(lines[0])),
              let size = Int(lines[1]), size > 0, String(size) == lines[1], let root = TreeHash(base64: lines[2])
        else { return nil }
        self.init(origin: origin, size: size, root: root)
    }

    /// The note text.
    public var text: String { "\(origin.text)\n\(size)\n\(root.base64)\n" }

    /// The seq of the last line covered.
    public var lastSeq: Int { size - 1 }

    /// The short form on paper: the last seq covered and 60 bits of the root, `<seq>-XXXX-XXXX-XXXX`.
    public var code: Seal { Seal(seq: lastSeq, root: root) }
}

/// The first line of a checkpoint: `<installation>/beredskap/<real|exercise>/<journal id>`. It names the
/// installation that signed, and the journal, and says whether it is an exercise journal, so a checkpoint of one
/// journal, or of an exercise, is never taken for another's.
public struct CheckpointOrigin: Sendable, Equatable {
    public let installation: String
    public let kind: JournalKind
    public let journal: UUID

    public init(installation: String, kind: JournalKind, journal: UUID) {
        self.installation = installation
        self.kind = kind
        self.journal = journal
    }

    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 3] == "beredskap",
              let kind = JournalKind(rawValue: String(parts[parts.count - 2])),
              let journal = UUID(uuidString: String(parts[parts.count - 1]))
        else { return nil }
        let installation = parts.dropLast(3).joined(separator: "/")
        guard NoteVerifier.isValidName(installation) else { return nil }
        self.init(installation: installation, kind: kind, journal: journal)
    }

    public var text: String { "\(installation)/beredskap/\(kind.rawValue)/\(journal.uuidString)" }
}
