/// The error number a failed system call set, with names for the ones the journal handles
/// (in the manner of swift-system's `Errno`).
public struct Errno: RawRepresentable, Error, Hashable, Sendable, CustomStringConvertible {
    /// The C error number.
    public let rawValue: CInt

    public init(rawValue: CInt) { self.rawValue = rawValue }

    /// `ENOSPC`: the file system is full.
    public static let noSpace = Errno(rawValue: Platform.ENOSPC)
    /// `EFBIG`: the file would grow past the size limit of this process (`ulimit -f`).
    public static let fileTooLarge = Errno(rawValue: Platform.EFBIG)
    /// `EINTR`: a signal interrupted the call before it did anything; ``SystemFileIO`` retries these.
    public static let interrupted = Errno(rawValue: Platform.EINTR)
    /// `EEXIST`: the path to create already exists.
    public static let exists = Errno(rawValue: Platform.EEXIST)
    /// `ENOENT`: the file, or a directory on its path, does not exist.
    public static let noEntry = Errno(rawValue: Platform.ENOENT)
    /// `EWOULDBLOCK`: a lock asked for without waiting is held by another process.
    public static let wouldBlock = Errno(rawValue: Platform.EWOULDBLOCK)
    /// `EIO`: a low-level input/output error.
    public static let ioError = Errno(rawValue: Platform.EIO)

    /// The `errno` the last failed call of this thread set.
    static var current: Errno { Errno(rawValue: Platform.errno) }

    /// `strerror` text with the number, e.g. `"No space left on device (errno 28)"`.
    public var description: String { "\(Platform.strerror(rawValue)) (errno \(rawValue))" }
}
