import Foundation

/// Reads a whole journal, verifying every line and the chain. Never writes.
public enum JournalReader {
    /// Reads and verifies the journal at `path` under a shared lock, opening it read-only: works on read-only
    /// media and a full disk, and leaves a torn tail for the next writer to repair.
    ///
    /// Damage does not throw: the snapshot serves every record before it and reports it in ``JournalSnapshot/damage``.
    /// Throws when the file cannot be read, is not a journal, or its header is damaged or of an unknown version.
    public static func read(path: String, io: FileIO = SystemFileIO(),
                            lockWaiting: LockWaiting = .silently) throws -> JournalSnapshot<Record>
    {
        try read(path: path, io: io, lockWaiting: lockWaiting, as: Record.self)
    }

    /// ``read(path:io:lockWaiting:)``, each line made into a `Line` on the thread that verified it.
    public static func read<Line: JournalLine>(path: String, io: FileIO = SystemFileIO(), lockWaiting: LockWaiting = .silently,
                                               as _: Line.Type) throws -> JournalSnapshot<Line>
    {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let bytes = try file.withLock(.shared, lockWaiting) { try file.readToEnd(from: 0) }
        let contents = try JournalContents.decode(bytes, path: path, as: Line.self)
        return JournalSnapshot(header: contents.header, records: contents.scan.records,
                               damage: contents.scan.damage, tornTail: contents.scan.tornTail,
                               endOffset: contents.endOffset)
    }

    /// Reads and verifies the journal at `path` from its start through `position`, the part a writer resumed
    /// after (``JournalWriter/open(path:operatorName:now:resumingAt:io:lockWaiting:)``). Those bytes never change
    /// in a sound journal, so no lock is taken. A piece at a time: the records of each piece of about `pieceBytes`
    /// go to `take` as they verify, and none are kept here, so checking years of journal holds one piece in memory
    /// rather than the whole file and all its records. Returns the header and the damage, if any, found as
    /// ``read(path:io:lockWaiting:)`` finds it (`take` has had every record before it); a last line that is not the
    /// position's (another seq or hash) is damage too.
    public static func read<Line: JournalLine>(path: String, through position: JournalPosition, pieceBytes: Int = 16 << 20,
                                               io: FileIO = SystemFileIO(), _ take: ([Line]) -> Void) throws
        -> (header: JournalHeader, damage: JournalDamage?)
    {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let (header, headerLength) = try JournalHeader.decode(try file.read(from: 0, to: LineFormat.maxHeaderLength),
                                                                      path: path)
        var (offset, head, headSeq) = (headerLength, header.hash, 0)
        var size = max(pieceBytes, 1)
        while offset < position.end {
            let end = min(position.end, offset + size)
            let bytes = try file.read(from: offset, to: end)
            // Whole lines only; the rest of the piece is read again with the next one.
            let whole = end == position.end ? bytes.count : (bytes.lastIndex(of: LineFormat.newline).map { $0 + 1 } ?? 0)
            if whole == 0, bytes.count == end - offset, end < position.end {
                size *= 2  // a line longer than a piece
                continue
            }
            size = max(pieceBytes, 1)
            let scan = bytes.withUnsafeBytes {
                LineScanner.scan(UnsafeRawBufferPointer(rebasing: $0[..<whole]), head: head, headSeq: headSeq, firstLine: headSeq + 2,
                                 as: Line.self)
            }
            take(scan.records)
            if let damage = scan.damage { return (header, damage) }
            (offset, head, headSeq) = (offset + scan.goodLength, scan.head, scan.headSeq)
            if scan.goodLength == 0 { break }
        }
        guard offset == position.end, head == position.hash, headSeq == position.seq else {
            return (header, JournalDamage(seq: position.seq, line: position.seq + 1, reason:
                "the line ending at byte \(position.end) is no longer the line seq \(position.seq) the console resumed after"))
        }
        return (header, nil)
    }

    /// The journal's header, or nil when `path` is not a readable journal. Reads only the header line.
    public static func header(path: String, io: FileIO = SystemFileIO()) -> JournalHeader? {
        guard let file = try? JournalFile(path: path, .readOnly, io: io),
              let bytes = try? file.read(from: 0, to: LineFormat.maxHeaderLength)
        else { return nil }
        return (try? JournalHeader.decode(bytes, path: path))?.0
    }
}
