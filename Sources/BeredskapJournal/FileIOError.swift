/// A system call the journal makes through ``FileIO``, named as in its manual page.
public enum SystemCall: String, CaseIterable, Sendable {
    case open, close, pread, write, ftruncate, fdatasync, fsync, fchmod, flock, fstat, stat, mkdir, link, unlink, rename
}

/// A failed system call: which one, and the error number it set.
public struct FileIOError: Error, Sendable, Equatable, CustomStringConvertible {
    public let call: SystemCall
    public let errno: Errno

    public init(_ call: SystemCall, _ errno: Errno) {
        self.call = call
        self.errno = errno
    }

    /// E.g. `"fdatasync: Input/output error (errno 5)"`.
    public var description: String { "\(call.rawValue): \(errno)" }
}
