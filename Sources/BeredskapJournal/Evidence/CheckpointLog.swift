import Foundation

/// The signed checkpoints of one journal, in the append-only file `<journal>.checkpoints` beside it: one JSON
/// object per line, `{"note":"<signed note>","subtrees":["<base64>",…]}`. `note` is the C2SP signed note as
/// signed; `subtrees` are the hashes of the complete subtrees the checkpoint's root folds from (a compact range,
/// largest first), kept so that `verify` can say where a rewritten journal first differs. They are not signed:
/// they are used only after they fold into the signed root. A cosigned checkpoint is appended again with all its
/// signatures. Never inside the journal's chained lines. See docs/JOURNAL.md, "Signed checkpoints".
public enum CheckpointLog {
    /// The checkpoints file of the journal at `journal`.
    public static func path(forJournal journal: String) -> String { journal + ".checkpoints" }

    /// One stored entry.
    public struct Entry: Sendable, Equatable {
        public let note: SignedNote
        public let subtrees: [TreeHash]

        public init(note: SignedNote, subtrees: [TreeHash]) {
            self.note = note
            self.subtrees = subtrees
        }
    }

    /// What reading the file found: the entries, and the 1-based line numbers of lines that are not entries
    /// (damage, or a torn last line).
    public struct Contents: Sendable {
        public var entries: [Entry] = []
        public var unreadable: [Int] = []
        /// False when there is no file at all.
        public var exists = true
    }

    /// Appends `entry` durably (one write under an exclusive lock, then `fdatasync`; a new file is 0600, or 0660
    /// less the umask in a shared directory, and its directory is synced).
    public static func append(_ entry: Entry, journal: String, io: FileIO = SystemFileIO()) throws {
        let path = path(forJournal: journal)
        let isNew = (try? io.status(path: path)) == nil
        let file = try JournalFile(path: path, .writeOnly, options: [.create, .append], io: io)
        let object: [String: Any] = ["note": entry.note.formatted, "subtrees": entry.subtrees.map(\.base64)]
        var bytes = [UInt8](try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        bytes.append(LineFormat.newline)
        do {
            try file.withLock(.exclusive, .silently) {
                try file.writeAll(bytes)
                try io.fdatasync(file.fd)
            }
            if isNew { try Directory.sync(Directory.parent(of: path), io: io) }
        } catch let error as FileIOError {
            throw JournalError(error, path: path)
        }
    }

    /// Reads every entry of the journal at `journal`'s checkpoints file.
    public static func read(journal: String, io: FileIO = SystemFileIO()) throws -> Contents {
        let path = path(forJournal: journal)
        guard (try? io.status(path: path)) != nil else { return Contents(exists: false) }
        let file = try JournalFile(path: path, .readOnly, io: io)
        let bytes = try file.withLock(.shared, .silently) { try file.readToEnd(from: 0) }
        var contents = Contents()
        let lines = bytes.split(separator: LineFormat.newline, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !(index == lines.count - 1 && line.isEmpty) {
            if index < lines.count - 1, let entry = decode(line) {
                contents.entries.append(entry)
            } else {
                contents.unreadable.append(index + 1)
            }
        }
        return contents
    }

    private static func decode(_ line: ArraySlice<UInt8>) -> Entry? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let text = object["note"] as? String, let note = SignedNote(parsing: text),
              let subtrees = object["subtrees"] as? [String]
        else { return nil }
        let hashes = subtrees.compactMap { TreeHash(base64: $0) }
        guard hashes.count == subtrees.count else { return nil }
        return Entry(note: note, subtrees: hashes)
    }
}
