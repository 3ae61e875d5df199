/// Why a journal operation failed. Each description says what happened, where, and what to do next.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The journal is damaged before its end, so nothing more may be appended to it.
    case readOnly(JournalDamage)
    /// An earlier `fdatasync` failed; this writer will not write again (a retried sync can report success
    /// for data that never reached the disk).
    case writerStopped(reason: String)
    /// The system call `call` failed on `path` with `errno`.
    case io(call: SystemCall, path: String, errno: Errno)
    /// The file reached the size limit for this process (`EFBIG`). Nothing of the failed append was kept.
    case fileTooLarge
    /// The file system is full (`ENOSPC`). Nothing of the failed append was kept.
    case diskFull
    /// A draft broke a rule of the format; nothing was written.
    case invalidDraft(String)
    /// The file's first line is not a Beredskap journal header.
    case notAJournal(path: String)
    /// The file is a journal, but its header line is damaged.
    case damagedHeader(path: String, damage: JournalDamage)
    /// The journal was written in a format version this code does not know.
    case unsupportedVersion(path: String, version: Int)
    /// ``JournalWriter/create(path:kind:id:created:io:)`` found a file already there.
    case alreadyExists(path: String)
    /// The journal's path names something other than a regular file (a FIFO, a directory, a device).
    case notARegularFile(path: String, kind: FileStatus.Kind)
    /// Another process held the journal's lock for longer than this caller waits (``LockWaiting/atMost(_:)``).
    case locked(path: String, holders: [LockHolder])
    /// The journal's path no longer names the file this writer holds: nothing written since is reachable, so
    /// this writer writes no more.
    case detached(path: String, Detachment)
    /// The journal was opened for reading only (a report, an export); appending needs a writer.
    case openedForReading(path: String)

    /// How the journal's path lost the file a writer holds.
    public enum Detachment: Sendable, Equatable {
        /// The file was deleted (its last name removed, or the directory with it).
        case removed
        /// Another file now has the journal's name (moved, copied or restored over it).
        case replaced
    }

    public var description: String {
        switch self {
        case .readOnly(let damage):
            "The journal is read-only because it is damaged: \(damage). Records before it can still be read. "
                + "Keep the file as evidence, and start a new journal to go on recording."
        case .writerStopped(let reason):
            "The journal writer stopped after a failed disk sync (\(reason)); the last entry may not be on disk. "
                + "Restart the program: opening the journal verifies what reached the disk."
        case .io(let call, let path, let errno):
            "Journal file operation failed: \(call.rawValue) \(path): \(errno). "
                + "Check the path, its permissions and the disk, then try again."
        case .fileTooLarge:
            "The journal file has reached the maximum file size allowed for this process (EFBIG); "
                + "the entry was not saved. Raise the limit (ulimit -f) or start a new journal."
        case .diskFull:
            "The disk holding the journal is full (ENOSPC); the entry was not saved. "
                + "Free space on that disk and try again."
        case .invalidDraft(let why):
            "Entry refused, nothing was written: \(why)."
        case .notAJournal(let path):
            "\(path) is not a Beredskap journal (its first line is not a journal header). Check the path."
        case .damagedHeader(let path, let damage):
            "The header of the journal \(path) is damaged (\(damage.reason)); none of it can be trusted. "
                + "Keep the file as evidence and start a new journal."
        case .unsupportedVersion(let path, let version):
            "\(path) is a journal in format version \(version), which this program does not know. "
                + "Use a newer version of the program."
        case .alreadyExists(let path):
            "A file already exists at \(path); a new journal is never written over an existing file. "
                + "Choose another path or open the existing journal."
        case .notARegularFile(let path, let kind):
            "\(path) is not a regular file (\(kind)); a journal is always one. Check the path."
        case .locked(let path, let holders):
            "The journal \(path) is locked by another process (\(holders.map { "pid \($0.pid)" }.joined(separator: ", "))); "
                + "nothing was written. Try again, or end the process that holds it."
        case .detached(let path, let how):
            "The journal file \(path) was \(how == .removed ? "deleted" : "replaced by another file") while this "
                + "program had it open; nothing written since is in the journal. Restart the program and check "
                + "what happened to the file."
        case .openedForReading(let path):
            "The journal \(path) was opened for reading only; nothing was written."
        }
    }

    /// Maps a failed system call to the error a caller should see; `path` names the file in the message.
    init(_ error: FileIOError, path: String) {
        switch error.errno {
        case .noSpace: self = .diskFull
        case .fileTooLarge: self = .fileTooLarge
        default: self = .io(call: error.call, path: path, errno: error.errno)
        }
    }
}
