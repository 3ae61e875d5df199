/// ``FileIO`` on the real file system: each function makes the system call it is named after (see ``Platform``).
///
/// swift-system 1.8.1 has no `fsync`, `fdatasync` or `flock` on Linux, so this speaks to the C library directly.
/// ``Errno/interrupted`` is retried; every other failure is thrown with its ``Errno``.
public struct SystemFileIO: FileIO {
    public init() {}

    public func open(_ path: String, _ access: AccessMode, options: OpenOptions, permissions: FilePermissions?)
        throws(FileIOError) -> FileDescriptor
    {
        let flags = access.rawValue | options.rawValue
        let fd = try retrying(.open) { Platform.open(path, flags, permissions?.rawValue ?? 0) }
        return FileDescriptor(rawValue: fd)
    }

    public func close(_ fd: FileDescriptor) throws(FileIOError) {
        // close is not retried on EINTR: on Linux the descriptor is released either way.
        try once(.close) { Platform.close(fd.rawValue) }
    }

    public func pread(_ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
        throws(FileIOError) -> Int
    {
        try retrying(.pread) { Platform.pread(fd.rawValue, buffer, offset) }
    }

    public func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer) throws(FileIOError) -> Int {
        try retrying(.write) { Platform.write(fd.rawValue, bytes) }
    }

    public func ftruncate(_ fd: FileDescriptor, length: Int) throws(FileIOError) {
        _ = try retrying(.ftruncate) { Platform.ftruncate(fd.rawValue, length) }
    }

    public func fdatasync(_ fd: FileDescriptor) throws(FileIOError) {
        // Deliberately not retried on EINTR either: a failed sync is reported, never retried and hoped over.
        try once(.fdatasync) { Platform.fdatasync(fd.rawValue) }
    }

    public func fsync(_ fd: FileDescriptor) throws(FileIOError) {
        try once(.fsync) { Platform.fsync(fd.rawValue) }
    }

    public func flock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) {
        _ = try retrying(.flock) { Platform.flock(fd.rawValue, operation.rawValue) }
    }

    public func tryFlock(_ fd: FileDescriptor, _ operation: LockOperation) throws(FileIOError) -> Bool {
        do throws(FileIOError) {
            _ = try retrying(.flock) { Platform.flock(fd.rawValue, operation.rawValue | Platform.LOCK_NB) }
            return true
        } catch where error.errno == .wouldBlock {
            return false
        }
    }

    public func status(_ fd: FileDescriptor) throws(FileIOError) -> FileStatus {
        var status = FileStatus.empty
        _ = try retrying(.fstat) { Platform.fstat(fd.rawValue, &status) }
        return status
    }

    public func status(path: String) throws(FileIOError) -> FileStatus {
        var status = FileStatus.empty
        _ = try retrying(.stat) { Platform.stat(path, &status) }
        return status
    }

    public func fchmod(_ fd: FileDescriptor, _ permissions: FilePermissions) throws(FileIOError) {
        _ = try retrying(.fchmod) { Platform.fchmod(fd.rawValue, permissions.rawValue) }
    }

    public func mkdir(_ path: String, permissions: FilePermissions) throws(FileIOError) {
        try once(.mkdir) { Platform.mkdir(path, permissions.rawValue) }
    }

    public func link(_ existing: String, _ new: String) throws(FileIOError) {
        try once(.link) { Platform.link(existing, new) }
    }

    public func unlink(_ path: String) throws(FileIOError) {
        try once(.unlink) { Platform.unlink(path) }
    }

    public func rename(_ old: String, _ new: String) throws(FileIOError) {
        try once(.rename) { Platform.rename(old, new) }
    }

    /// Calls `body` once; a nonzero result becomes a ``FileIOError`` with the thread's `errno`.
    private func once(_ call: SystemCall, _ body: () -> CInt) throws(FileIOError) {
        if body() != 0 { throw FileIOError(call, .current) }
    }

    /// Calls `body` until it does not fail with ``Errno/interrupted``; a negative result becomes a ``FileIOError``.
    private func retrying<R: BinaryInteger>(_ call: SystemCall, _ body: () -> R) throws(FileIOError) -> R {
        while true {
            let result = body()
            if result >= 0 { return result }
            let code = Errno.current
            if code != .interrupted { throw FileIOError(call, code) }
        }
    }
}
