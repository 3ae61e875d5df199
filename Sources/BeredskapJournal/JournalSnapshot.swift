/// Everything a reader found in a journal at one moment, its lines read as `Line` (see ``JournalLine``).
public struct JournalSnapshot<Line: JournalLine>: Sendable {
    public let header: JournalHeader
    /// Every event record that verified, in order, up to the first damage.
    public let records: [Line]
    /// The first damaged line; nil when every complete line verified.
    public let damage: JournalDamage?
    /// Bytes after the last complete line (a torn tail left by a crash), 0 if none.
    public let tornTail: Int
    /// The byte offset just after the last verified line.
    public let endOffset: Int

    public init(header: JournalHeader, records: [Line], damage: JournalDamage?, tornTail: Int, endOffset: Int) {
        self.header = header
        self.records = records
        self.damage = damage
        self.tornTail = tornTail
        self.endOffset = endOffset
    }

    /// The hash of the last verified line (the header's when there are no records).
    public var head: LineHash { records.last?.record.hash ?? header.hash }
    /// The seq of the last verified line (0 when there are no records).
    public var headSeq: Int { records.last?.record.seq ?? 0 }
    /// The seal of the last verified line, for printing.
    public var seal: Seal { Seal(seq: headSeq, hash: head) }

    /// Whether this journal contains the line a seal was made from (see ``SealCheck``).
    public func check(_ seal: Seal) -> SealCheck {
        guard seal.seq <= headSeq else { return .beyondHead(headSeq: headSeq) }
        let hash = seal.seq == 0 ? header.hash : records[seal.seq - 1].record.hash
        guard seal.matches(hash) else { return .differs(found: Seal(seq: seal.seq, hash: hash)) }
        return .matches(linesAfter: headSeq - seal.seq)
    }
}

/// The answer to "does this journal contain the sealed line?".
public enum SealCheck: Sendable, Equatable {
    /// The line at the seal's seq has a hash that begins with the sealed bits; `linesAfter` lines followed it.
    case matches(linesAfter: Int)
    /// The line at the seal's seq has another hash: this is another journal, or it was altered.
    case differs(found: Seal)
    /// The journal (as far as it verifies) ends before the seal's seq.
    case beyondHead(headSeq: Int)
}
