/// Follows a journal from a second terminal: each ``poll()`` returns the records other processes appended.
///
/// Only complete lines are taken; a partial last line is left for a later poll. Every new line is verified
/// (hash, seq, prev) against the last one seen, so a follower trusts exactly what a full read would.
public final class JournalFollower {
    private let file: JournalFile
    /// The byte offset just after the last line taken.
    public private(set) var offset: Int
    /// The hash of the last line taken.
    public private(set) var head: LineHash
    /// The seq of the last line taken.
    public private(set) var headSeq: Int
    /// Damage found behind records that were returned first; thrown by the next poll.
    private var pendingDamage: JournalDamage?

    /// Follows the journal at `path` from the end of `snapshot` (read earlier with ``JournalReader``).
    public convenience init(path: String, after snapshot: JournalSnapshot, io: FileIO = SystemFileIO()) throws {
        try self.init(path: path, offset: snapshot.endOffset, head: snapshot.head, headSeq: snapshot.headSeq, io: io)
    }

    /// Follows the journal at `path` from the line boundary `offset`, which follows the line (`headSeq`, `head`).
    public init(path: String, offset: Int, head: LineHash, headSeq: Int, io: FileIO = SystemFileIO()) throws {
        file = try JournalFile(path: path, .readOnly, io: io)
        self.offset = offset
        self.head = head
        self.headSeq = headSeq
    }

    /// The records appended since the last poll, verified; empty when there are none yet.
    ///
    /// Reads under a shared lock, so it never sees an append that is still being written or synced.
    /// Throws ``JournalDamage`` when a new line does not verify or continue the chain (records before it are
    /// returned first), and ``JournalError`` when the file cannot be read.
    public func poll() throws -> [Record] {
        if let pendingDamage { throw pendingDamage }
        let bytes: [UInt8] = try file.withLock(.shared) {
            let size = try file.size()
            guard size >= offset else {
                throw JournalDamage(seq: nil, line: headSeq + 1, reason:
                    "the file is \(size) bytes, shorter than the \(offset) bytes already read: lines were removed")
            }
            return try file.readToEnd(from: offset)
        }
        let scan = bytes.withUnsafeBytes {
            LineScanner.scan($0, head: head, headSeq: headSeq, firstLine: headSeq + 2)
        }
        offset += scan.goodLength
        head = scan.head
        headSeq = scan.headSeq
        if let damage = scan.damage {
            guard !scan.records.isEmpty else { throw damage }
            pendingDamage = damage
        }
        return scan.records
    }
}
