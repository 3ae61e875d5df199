import BeredskapJournal
import Glibc

/// Writes at most half of what it is given and then pauses, so every append takes two `write(2)` calls or more.
/// Once ``stopMidWrite`` is set, the next write puts down its first half, prints `torn` and waits to be killed:
/// a torn line by construction.
final class SplitWritesIO: FileIO, @unchecked Sendable {
    let system = SystemFileIO()
    /// Set by the one thread that appends, read by it in `write`.
    var stopMidWrite = false

    func open(_ path: String, _ access: AccessMode, options: OpenOptions, permissions: FilePermissions?)
        throws(FileIOError) -> FileDescriptor
    {
        try system.open(path, access, options: options, permissions: permissions)
    }
    func close(_ fd: FileDescriptor) throws(FileIOError) { try system.close(fd) }
    func pread(_ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
        throws(FileIOError) -> Int
    {
        try system.pread(fd, into: buffer, at: offset)
    }
    func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer) throws(FileIOError) -> Int {
        let written = try system.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<max(1, bytes.count / 2)]))
        if stopMidWrite, written < bytes.count {
            print("torn")
            fflush(nil)
            while true { pause() }
        }
        usleep(1000)
        return written
    }
    func ftruncate(_ fd: FileDescriptor, length: Int) throws(FileIOError) { try system.ftruncate(fd, length: length) }
    func fdatasync(_ fd: FileDescriptor) throws(FileIOError) { try system.fdatasync(fd) }
    func fsync(_ fd: FileDescriptor) throws(FileIOError) { try system.fsync(fd) }
    func fchmod(_ fd: FileDescriptor, _ permissions: FilePermissions) throws(FileIOError) { try system.fchmod(fd, permissions) }
    func flock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) { try system.flock(fd, operation) }
    func tryFlock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) -> Bool {
        try system.tryFlock(fd, operation)
    }
    func status(_ fd: FileDescriptor) throws(FileIOError) -> FileStatus { try system.status(fd) }
    func status(path: String) throws(FileIOError) -> FileStatus { try system.status(path: path) }
    func mkdir(_ path: String, permissions: FilePermissions) throws(FileIOError) {
        try system.mkdir(path, permissions: permissions)
    }
    func link(_ existing: String, _ new: String) throws(FileIOError) { try system.link(existing, new) }
    func unlink(_ path: String) throws(FileIOError) { try system.unlink(path) }
    func rename(_ old: String, _ new: String) throws(FileIOError) { try system.rename(old, new) }
}
