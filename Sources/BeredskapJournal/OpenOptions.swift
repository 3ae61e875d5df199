/// How a file is opened for reading and writing (the access mode of `open(2)`).
public enum AccessMode: Sendable {
    case readOnly, writeOnly, readWrite

    var rawValue: CInt {
        switch self {
        case .readOnly: Platform.O_RDONLY
        case .writeOnly: Platform.O_WRONLY
        case .readWrite: Platform.O_RDWR
        }
    }
}

/// The flags of `open(2)` the journal uses, in the manner of swift-system's `FileDescriptor.OpenOptions`.
public struct OpenOptions: OptionSet, Sendable, Hashable {
    public let rawValue: CInt

    public init(rawValue: CInt) { self.rawValue = rawValue }

    /// `O_APPEND`: every write goes to the end of the file, atomically with finding the end.
    public static let append = OpenOptions(rawValue: Platform.O_APPEND)
    /// `O_CREAT`: creates the file if it does not exist (with the permissions given to `open`).
    public static let create = OpenOptions(rawValue: Platform.O_CREAT)
    /// `O_EXCL`, with ``create``: fails with ``Errno/exists`` instead of opening an existing file.
    public static let exclusiveCreate = OpenOptions(rawValue: Platform.O_EXCL)
    /// `O_DIRECTORY`: fails unless the path is a directory.
    public static let directory = OpenOptions(rawValue: Platform.O_DIRECTORY)
    /// `O_NONBLOCK`: opening a FIFO or a device does not wait for the other end (the journal then refuses it).
    public static let nonBlocking = OpenOptions(rawValue: Platform.O_NONBLOCK)
    /// `O_CLOEXEC`: programs this process starts do not inherit the descriptor (or its lock).
    public static let closeOnExec = OpenOptions(rawValue: Platform.O_CLOEXEC)
}

/// The permission bits of a file or directory created by `open(2)` or `mkdir(2)`.
public struct FilePermissions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let ownerRead = FilePermissions(rawValue: 0o400)
    public static let ownerWrite = FilePermissions(rawValue: 0o200)
    public static let ownerExecute = FilePermissions(rawValue: 0o100)
    public static let groupRead = FilePermissions(rawValue: 0o040)
    public static let groupWrite = FilePermissions(rawValue: 0o020)
    public static let groupExecute = FilePermissions(rawValue: 0o010)
    public static let othersRead = FilePermissions(rawValue: 0o004)
    public static let othersWrite = FilePermissions(rawValue: 0o002)
    public static let othersExecute = FilePermissions(rawValue: 0o001)
    /// The set-group-ID bit: on a directory, files created in it get the directory's group.
    public static let setGroupID = FilePermissions(rawValue: 0o2000)
    /// 0600: the journal and its quarantine files, for one person.
    public static let ownerReadWrite: FilePermissions = [.ownerRead, .ownerWrite]
    /// 0700: a directory the journal creates.
    public static let ownerReadWriteExecute: FilePermissions = [.ownerRead, .ownerWrite, .ownerExecute]
    /// 0660: a journal file in a shared directory, for everyone in the directory's group.
    public static let sharedFile: FilePermissions = [.ownerRead, .ownerWrite, .groupRead, .groupWrite]
    /// 2770: a shared journal directory (`beredskap setup --shared`), its files owned by its group.
    public static let sharedDirectory: FilePermissions = [.ownerReadWriteExecute, .groupRead, .groupWrite, .groupExecute, .setGroupID]
    /// Anything another account outside the group may do.
    public static let others: FilePermissions = [.othersRead, .othersWrite, .othersExecute]

    /// The permissions of a new file or directory in a directory with `parent`'s permissions: shared with the
    /// group in a set-group-ID directory, the owner's alone elsewhere.
    public static func forNew(file: Bool, in parent: FilePermissions) -> FilePermissions {
        switch (parent.contains(.setGroupID), file) {
        case (true, true): .sharedFile
        case (true, false): .sharedDirectory
        case (false, true): .ownerReadWrite
        case (false, false): .ownerReadWriteExecute
        }
    }
}
