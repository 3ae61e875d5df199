import BeredskapJournal
import Foundation

/// ``SystemFileIO`` with failures injected at the Nth call of one kind, once or from then on (SQLite style).
final class FaultyFileIO: FileIO, @unchecked Sendable {
    struct Fault {
        var call: SystemCall
        /// 1-based: the first call of that kind is 1.
        var nth: Int
        var persistent: Bool
        var errno: Errno = .ioError
        /// For writes: the Nth call writes only this many bytes and reports success (a short write); the calls
        /// after it fail with `errno` (set `persistent`, or only the Nth call is affected).
        var shortBy: Int? = nil
    }

    private let system = SystemFileIO()
    private let lock = NSLock()
    private var counts: [SystemCall: Int] = [:]
    private var fault: Fault?
    private var shortWritten = false

    init(_ fault: Fault? = nil) { self.fault = fault }

    /// Replaces the fault (nil: no more failures) and restarts the counts.
    func arm(_ fault: Fault?) {
        lock.withLock {
            self.fault = fault
            counts = [:]
            shortWritten = false
        }
    }

    /// How many calls of each kind were made since the last `arm`.
    var callCounts: [SystemCall: Int] { lock.withLock { counts } }

    /// Counts the call; returns the errno to fail it with, if it is to fail.
    private func check(_ call: SystemCall) -> Errno? {
        lock.withLock {
            counts[call, default: 0] += 1
            guard let fault, fault.call == call else { return nil }
            let n = counts[call]!
            return n == fault.nth || (fault.persistent && n > fault.nth) ? fault.errno : nil
        }
    }

    private func run<R>(_ call: SystemCall, _ body: () throws(FileIOError) -> R) throws(FileIOError) -> R {
        if let code = check(call) { throw FileIOError(call, code) }
        return try body()
    }

    func open(_ path: String, _ access: AccessMode, options: OpenOptions, permissions: FilePermissions?)
        throws(FileIOError) -> FileDescriptor
    {
        try run(.open) { () throws(FileIOError) in
            try system.open(path, access, options: options, permissions: permissions)
        }
    }

    func close(_ fd: FileDescriptor) throws(FileIOError) {
        try run(.close) { () throws(FileIOError) in try system.close(fd) }
    }

    func pread(_ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileIOError) -> Int {
        try run(.pread) { () throws(FileIOError) in try system.pread(fd, into: buffer, at: offset) }
    }

    func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer) throws(FileIOError) -> Int {
        let short: Int? = lock.withLock {
            guard let fault, fault.call == .write, let by = fault.shortBy, !shortWritten,
                  (counts[.write] ?? 0) + 1 == fault.nth else { return nil }
            counts[.write, default: 0] += 1
            shortWritten = true
            return min(by, bytes.count)
        }
        if let short {
            return try system.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<short]))
        }
        return try run(.write) { () throws(FileIOError) in try system.write(fd, bytes) }
    }

    func ftruncate(_ fd: FileDescriptor, length: Int) throws(FileIOError) {
        try run(.ftruncate) { () throws(FileIOError) in try system.ftruncate(fd, length: length) }
    }

    func fdatasync(_ fd: FileDescriptor) throws(FileIOError) {
        try run(.fdatasync) { () throws(FileIOError) in try system.fdatasync(fd) }
    }

    func fsync(_ fd: FileDescriptor) throws(FileIOError) {
        try run(.fsync) { () throws(FileIOError) in try system.fsync(fd) }
    }

    /// Only taking a lock fails: unlocking fails only for a bad descriptor, and a lock that stayed held would just
    /// block every later test step.
    func flock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) {
        if operation == .unlock { return try system.flock(fd, operation) }
        try run(.flock) { () throws(FileIOError) in try system.flock(fd, operation) }
    }

    func tryFlock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) -> Bool {
        try run(.flock) { () throws(FileIOError) in try system.tryFlock(fd, operation) }
    }

    func status(_ fd: FileDescriptor) throws(FileIOError) -> FileStatus {
        try run(.fstat) { () throws(FileIOError) in try system.status(fd) }
    }

    func status(path: String) throws(FileIOError) -> FileStatus {
        try run(.stat) { () throws(FileIOError) in try system.status(path: path) }
    }

    func fchmod(_ fd: FileDescriptor, _ permissions: FilePermissions) throws(FileIOError) {
        try run(.fchmod) { () throws(FileIOError) in try system.fchmod(fd, permissions) }
    }

    func mkdir(_ path: String, permissions: FilePermissions) throws(FileIOError) {
        try run(.mkdir) { () throws(FileIOError) in try system.mkdir(path, permissions: permissions) }
    }

    func link(_ existing: String, _ new: String) throws(FileIOError) {
        try run(.link) { () throws(FileIOError) in try system.link(existing, new) }
    }

    func unlink(_ path: String) throws(FileIOError) {
        try run(.unlink) { () throws(FileIOError) in try system.unlink(path) }
    }

    func rename(_ old: String, _ new: String) throws(FileIOError) {
        try run(.rename) { () throws(FileIOError) in try system.rename(old, new) }
    }
}
