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
    /// `flock(2)`; taking a lock blocks until it is granted.
    func flock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError)
    /// `fstat(2)`, reduced to the file's size in bytes.
    func fileSize(_ fd: FileDescriptor) throws(FileIOError) -> Int
    /// `mkdir(2)`.
    func mkdir(_ path: String, permissions: FilePermissions) throws(FileIOError)
    /// `link(2)`: gives the file at `existing` the second name `new`; fails with ``Errno/exists`` if `new` exists.
    func link(_ existing: String, _ new: String) throws(FileIOError)
    /// `unlink(2)`.
    func unlink(_ path: String) throws(FileIOError)
}
