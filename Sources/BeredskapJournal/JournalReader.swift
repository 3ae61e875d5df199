import Foundation

/// Reads a whole journal, verifying every line and the chain. Never writes.
public enum JournalReader {
    /// How much of a journal is read at a time (see ``PieceScan``): large enough that both cores stay busy with one
    /// piece, small enough that the file is never held whole.
    public static let pieceBytes = 16 << 20

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
        // The whole file at once, scanned into one array: gathering pieces would copy every line once more.
        let file = try JournalFile(path: path, .readOnly, io: io)
        let bytes = try file.withLock(.shared, lockWaiting) { try file.readToEnd(from: 0) }
        let (header, headerLength) = try JournalHeader.decode(bytes, path: path)
        let scan = bytes.withUnsafeBytes {
            LineScanner.scan(UnsafeRawBufferPointer(rebasing: $0[headerLength...]), head: header.hash, headSeq: 0, firstLine: 2,
                             as: Line.self)
        }
        return JournalSnapshot(header: header, records: scan.records, damage: scan.damage, tornTail: scan.tornTail,
                               endOffset: headerLength + scan.goodLength)
    }

    /// ``read(path:io:lockWaiting:)`` a piece at a time: each piece's lines go to `take`, with the journal's header,
    /// as they verify (see ``PieceScan``), and none are kept here. Returns what the snapshot would hold besides its
    /// lines.
    public static func read<Line: JournalLine>(path: String, io: FileIO = SystemFileIO(), lockWaiting: LockWaiting = .silently,
                                               _ take: (JournalHeader, [Line]) -> Void) throws
        -> (header: JournalHeader, damage: JournalDamage?, tornTail: Int, endOffset: Int)
    {
        let file = try JournalFile(path: path, .readOnly, io: io)
        return try file.withLock(.shared, lockWaiting) {
            let (header, headerLength) = try JournalHeader.decode(try file.read(from: 0, to: LineFormat.maxHeaderLength),
                                                                  path: path)
            let scan = PieceScan<Line>(file: file, end: try file.size(), pieceBytes: pieceBytes)
            let outcome = try scan.run(from: headerLength, head: header.hash, headSeq: 0) { take(header, $0) }
            return (header, outcome.damage, outcome.tornTail, outcome.end)
        }
    }

    /// Reads and verifies the journal at `path` from its start through `position`, the part a writer resumed
    /// after (``JournalWriter/open(path:operatorName:now:resumingAt:io:lockWaiting:)``). Those bytes never change
    /// in a sound journal, so no lock is taken. A piece at a time: the records of each piece of about `pieceBytes`
    /// go to `take` as they verify, and none are kept here, so checking years of journal holds one piece in memory
    /// rather than the whole file and all its records. Returns the header and the damage, if any, found as
    /// ``read(path:io:lockWaiting:)`` finds it (`take` has had every record before it); a last line that is not the
    /// position's (another seq or hash) is damage too.
    public static func read<Line: JournalLine>(path: String, through position: JournalPosition,
                                               pieceBytes: Int = JournalReader.pieceBytes, io: FileIO = SystemFileIO(),
                                               _ take: ([Line]) -> Void) throws
        -> (header: JournalHeader, damage: JournalDamage?)
    {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let (header, headerLength) = try JournalHeader.decode(try file.read(from: 0, to: LineFormat.maxHeaderLength),
                                                              path: path)
        let outcome = try PieceScan<Line>(file: file, end: position.end, pieceBytes: pieceBytes)
            .run(from: headerLength, head: header.hash, headSeq: 0, take)
        if let damage = outcome.damage { return (header, damage) }
        let (offset, head, headSeq) = (outcome.end, outcome.head, outcome.headSeq)
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
