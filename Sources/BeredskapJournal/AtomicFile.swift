import Foundation

/// A file beside the journal that is replaced whole, never edited: the snapshot of the folded state.
public enum AtomicFile {
    /// Writes `bytes` to a new file beside `path`, syncs it, renames it to `path` (replacing what was there) and
    /// syncs the directory: after a crash, `path` holds either the old contents or all of the new, never a mix.
    /// The file has the journal's permissions: its owner's alone, or its group's too in a shared directory.
    public static func replace(_ path: String, with bytes: [UInt8], io: FileIO = SystemFileIO()) throws(JournalError) {
        let directory = Directory.parent(of: path)
        let temporary = "\(directory)/.\(Directory.name(of: path)).writing-\(UUID().uuidString)"
        let staged = try JournalFile(path: temporary, .writeOnly, options: [.create, .exclusiveCreate], io: io)
        do throws(FileIOError) {
            try staged.writeAll(bytes)
            try io.fdatasync(staged.fd)
            try io.rename(temporary, path)
        } catch {
            try? io.unlink(temporary)
            throw JournalError(error, path: temporary)
        }
        do {
            try Directory.sync(directory, io: io)
        } catch {
            throw JournalError(error, path: directory)
        }
    }

    /// The whole file at `path`, or nil when there is none or it cannot be read.
    public static func contents(of path: String, io: FileIO = SystemFileIO()) -> [UInt8]? {
        contents(of: path, from: 0, io: io)
    }

    /// The bytes of the file at `path` from `offset` up to `end` (to its end when nil; fewer when it ends first), or
    /// nil when it cannot be read.
    public static func contents(of path: String, from offset: Int, to end: Int? = nil, io: FileIO = SystemFileIO()) -> [UInt8]? {
        guard let file = try? JournalFile(path: path, .readOnly, io: io) else { return nil }
        return try? end.map { try file.read(from: offset, to: $0) } ?? file.readToEnd(from: offset)
    }
}
