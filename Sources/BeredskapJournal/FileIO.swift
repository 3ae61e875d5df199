/// An open file descriptor, as returned by ``FileIO/open(_:_:options:permissions:)``.
public struct FileDescriptor: RawRepresentable, Hashable, Sendable {
    public let rawValue: CInt
    public init(rawValue: CInt) { self.rawValue = rawValue }
}

/// The seam every system call of the journal goes through.
///
/// One small function per system call, named after it, in the manner of swift-system's `FileDescriptor`, with
/// typed options and errors (``AccessMode``, ``OpenOptions``, ``LockOperation``, ``FileIOError``).
/// ``SystemFileIO`` calls the C library; tests wrap it to fail the Nth `write` or `fdatasync`, once or for good.
/// Implementations retry ``Errno/interrupted`` themselves, so callers see only real failures.
public protocol FileIO: Sendable {
    /// `open(2)`. `permissions` apply only when `options` contains ``OpenOptions/create``.
    func open(_ path: String, _ access: AccessMode, options: OpenOptions, permissions: FilePermissions?)
        throws(FileIOError) -> FileDescriptor
    /// `close(2)`.
    func close(_ fd: FileDescriptor) throws(FileIOError)
    /// `pread(2)`: reads up to `buffer.count` bytes at `offset`; returns how many were read (0 at end of file).
    func pread(_ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
        throws(FileIOError) -> Int
    /// `write(2)`: one call; returns how many bytes were written, which may be fewer than `bytes.count`.
    func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer) throws(FileIOError) -> Int
    /// `ftruncate(2)`.
    func ftruncate(_ fd: FileDescriptor, length: Int) throws(FileIOError)
    /// `fdatasync(2)`.
    func fdatasync(_ fd: FileDescriptor) throws(FileIOError)
    /// `fsync(2)`; used on directories after creating a file in them.
    func fsync(_ fd: FileDescriptor) throws(FileIOError)
    /// `fchmod(2)`: sets the permission bits exactly, whatever the process's umask took away at creation.
    func fchmod(_ fd: FileDescriptor, _ permissions: FilePermissions) throws(FileIOError)
    /// `flock(2)`; taking a lock blocks until it is granted.
    func flock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError)
    /// `flock(2)` with `LOCK_NB`: takes the lock if no other holder is in the way; false if one is.
    func tryFlock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) -> Bool
    /// `fstat(2)`: what the open file is.
    func status(_ fd: FileDescriptor) throws(FileIOError) -> FileStatus
    /// `stat(2)`: what the path names now (following symbolic links).
    func status(path: String) throws(FileIOError) -> FileStatus
    /// `mkdir(2)`.
    func mkdir(_ path: String, permissions: FilePermissions) throws(FileIOError)
    /// `link(2)`: gives the file at `existing` the second name `new`; fails with ``Errno/exists`` if `new` exists.
    func link(_ existing: String, _ new: String) throws(FileIOError)
    /// `unlink(2)`.
    func unlink(_ path: String) throws(FileIOError)
    /// `rename(2)`: gives the file at `old` the name `new`, replacing what `new` named, in one step.
    func rename(_ old: String, _ new: String) throws(FileIOError)
}

/// What `fstat(2)` or `stat(2)` says about a file, reduced to what the journal asks.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case regular, directory, fifo, characterDevice, blockDevice, socket, other
    }

    public var kind: Kind
    public var size: Int
    public var device: UInt64
    public var inode: UInt64
    /// How many names the file has; 0 once its last name was removed while it is still open.
    public var linkCount: Int
    /// The permission bits, with set-group-ID (`st_mode & 07777`).
    public var permissions: FilePermissions

    public init(kind: Kind, size: Int, device: UInt64, inode: UInt64, linkCount: Int, permissions: FilePermissions = []) {
        self.kind = kind
        self.size = size
        self.device = device
        self.inode = inode
        self.linkCount = linkCount
        self.permissions = permissions
    }

    static let empty = FileStatus(kind: .other, size: 0, device: 0, inode: 0, linkCount: 0)

    /// Whether both describe the same file (not merely equal contents).
    public func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }
}
