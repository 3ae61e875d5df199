import Foundation

/// Reads a whole journal, verifying every line and the chain. Never writes.
public enum JournalReader {
    /// Reads and verifies the journal at `path` under a shared lock, opening it read-only: works on read-only
    /// media and a full disk, and leaves a torn tail for the next writer to repair.
    ///
    /// Damage does not throw: the snapshot serves every record before it and reports it in ``JournalSnapshot/damage``.
    /// Throws when the file cannot be read, is not a journal, or its header is damaged or of an unknown version.
    public static func read(path: String, io: FileIO = SystemFileIO(),
                            lockWaiting: LockWaiting = .silently) throws -> JournalSnapshot
    {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let bytes = try file.withLock(.shared, lockWaiting) { try file.readToEnd(from: 0) }
        let contents = try JournalContents.decode(bytes, path: path)
        return JournalSnapshot(header: contents.header, records: contents.scan.records,
                               damage: contents.scan.damage, tornTail: contents.scan.tornTail,
                               endOffset: contents.endOffset)
    }

    /// Reads and verifies the journal at `path` from its start through `position`, the part a writer resumed
    /// after (``JournalWriter/open(path:operatorName:now:resumingAt:io:lockWaiting:)``). Those bytes never change
    /// in a sound journal, so no lock is taken. Damage is reported as ``read(path:io:lockWaiting:)`` does; a last
    /// line that is not the position's (another seq or hash) is damage too.
    public static func read(path: String, through position: JournalPosition, io: FileIO = SystemFileIO()) throws -> JournalSnapshot {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let contents = try JournalContents.decode(try file.read(from: 0, to: position.end), path: path)
        var damage = contents.scan.damage
        if damage == nil, contents.endOffset != position.end || contents.scan.head != position.hash
            || contents.scan.headSeq != position.seq
        {
            damage = JournalDamage(seq: position.seq, line: position.seq + 1, reason:
                "the line ending at byte \(position.end) is no longer the line seq \(position.seq) the console resumed after")
        }
        return JournalSnapshot(header: contents.header, records: contents.scan.records, damage: damage,
                               tornTail: 0, endOffset: contents.endOffset)
    }

    /// The journal's header, or nil when `path` is not a readable journal. Reads only the header line.
    public static func header(path: String, io: FileIO = SystemFileIO()) -> JournalHeader? {
        guard let file = try? JournalFile(path: path, .readOnly, io: io),
              let bytes = try? file.read(from: 0, to: LineFormat.maxHeaderLength)
        else { return nil }
        return (try? JournalContents.decodeHeader(bytes, path: path))?.0
    }
}
