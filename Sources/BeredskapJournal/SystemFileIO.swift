import Glibc

/// ``FileIO`` on the real file system: each function calls the C function it is named after.
///
/// Linux only (`fdatasync` and the Glibc module).
///
/// swift-system 1.8.1 has no `fsync`, `fdatasync` or `flock` on Linux, so this speaks to the C library directly.
/// `EINTR` is retried; every other failure is thrown with its `errno`.
public struct SystemFileIO: FileIO {
    public init() {}

    public func open(_ path: String, flags: CInt, mode: mode_t) throws(FileIOError) -> FileDescriptor {
        let fd = try retrying("open") { Glibc.open(path, flags, mode) }
        return FileDescriptor(rawValue: fd)
    }

    public func close(_ fd: FileDescriptor) throws(FileIOError) {
        // close is not retried on EINTR: on Linux the descriptor is released either way.
        if Glibc.close(fd.rawValue) != 0 { throw FileIOError(operation: "close", errno: errno) }
    }

    public func pread(_ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
        throws(FileIOError) -> Int
    {
        try retrying("pread") { Glibc.pread(fd.rawValue, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    public func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer) throws(FileIOError) -> Int {
        try retrying("write") { Glibc.write(fd.rawValue, bytes.baseAddress, bytes.count) }
    }

    public func ftruncate(_ fd: FileDescriptor, length: Int) throws(FileIOError) {
        _ = try retrying("ftruncate") { Glibc.ftruncate(fd.rawValue, off_t(length)) }
    }

    public func fdatasync(_ fd: FileDescriptor) throws(FileIOError) {
        // Deliberately not retried on EINTR either: a failed sync is reported, never retried and hoped over.
        if Glibc.fdatasync(fd.rawValue) != 0 { throw FileIOError(operation: "fdatasync", errno: errno) }
    }

    public func fsync(_ fd: FileDescriptor) throws(FileIOError) {
        if Glibc.fsync(fd.rawValue) != 0 { throw FileIOError(operation: "fsync", errno: errno) }
    }

    public func flock(_ fd: FileDescriptor, _ operation: CInt) throws(FileIOError) {
        // `flock` also names a struct in Glibc; the argument labels pick the function.
        let lock: (CInt, CInt) -> CInt = Glibc.flock(_:_:)
        _ = try retrying("flock") { lock(fd.rawValue, operation) }
    }

    public func fileSize(_ fd: FileDescriptor) throws(FileIOError) -> Int {
        var info = stat()
        _ = try retrying("fstat") { Glibc.fstat(fd.rawValue, &info) }
        return Int(info.st_size)
    }

    public func mkdir(_ path: String, mode: mode_t) throws(FileIOError) {
        if Glibc.mkdir(path, mode) != 0 { throw FileIOError(operation: "mkdir", errno: errno) }
    }

    public func link(_ existing: String, _ new: String) throws(FileIOError) {
        if Glibc.link(existing, new) != 0 { throw FileIOError(operation: "link", errno: errno) }
    }

    public func unlink(_ path: String) throws(FileIOError) {
        if Glibc.unlink(path) != 0 { throw FileIOError(operation: "unlink", errno: errno) }
    }

    /// Calls `body` until it does not fail with `EINTR`; a negative result becomes a ``FileIOError``.
    private func retrying<R: BinaryInteger>(_ operation: String, _ body: () -> R) throws(FileIOError) -> R {
        while true {
            let result = body()
            if result >= 0 { return result }
            let code = errno
            if code != EINTR { throw FileIOError(operation: operation, errno: code) }
        }
    }
}
