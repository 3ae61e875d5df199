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
}
