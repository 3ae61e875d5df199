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
    /// 0600: the journal and its quarantine files.
    public static let ownerReadWrite: FilePermissions = [.ownerRead, .ownerWrite]
    /// 0700: a directory the journal creates.
    public static let ownerReadWriteExecute: FilePermissions = [.ownerRead, .ownerWrite, .ownerExecute]
}
