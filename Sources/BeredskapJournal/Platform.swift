// The journal is Linux only, like the product: it relies on `fdatasync(2)`, on `flock(2)` locks that `close` of
// another descriptor does not drop, and on Glibc. This is the one file that imports a platform module.
#if os(Linux)
import Glibc
#else
#error("BeredskapJournal is Linux only (fdatasync, flock, Glibc); Platform.swift is the one file to port.")
#endif

/// The one place the journal speaks to the C library: raw constants and thin calls, nothing typed.
///
/// Beredskap runs on Linux only, so this file imports Glibc and stops the build on any other system with `#error`.
/// Every other file of the module uses the typed values built on these (``Errno``, ``AccessMode``,
/// ``OpenOptions``, ``LockOperation``) and ``SystemFileIO``, and imports no platform module itself.
enum Platform {
    // errno values named by ``Errno``.
    static let ENOSPC = Glibc.ENOSPC
    static let EFBIG = Glibc.EFBIG
    static let EINTR = Glibc.EINTR
    static let EEXIST = Glibc.EEXIST
    static let ENOENT = Glibc.ENOENT
    static let EIO = Glibc.EIO
    static let EWOULDBLOCK = Glibc.EWOULDBLOCK

    // open(2) access modes and flags behind ``AccessMode`` and ``OpenOptions``.
    static let O_RDONLY = Glibc.O_RDONLY
    static let O_WRONLY = Glibc.O_WRONLY
    static let O_RDWR = Glibc.O_RDWR
    static let O_APPEND = Glibc.O_APPEND
    static let O_CREAT = Glibc.O_CREAT
    static let O_EXCL = Glibc.O_EXCL
    static let O_DIRECTORY = Glibc.O_DIRECTORY
    static let O_CLOEXEC = Glibc.O_CLOEXEC
    static let O_NONBLOCK = Glibc.O_NONBLOCK

    // flock(2) operations behind ``LockOperation``.
    static let LOCK_EX = Glibc.LOCK_EX
    static let LOCK_SH = Glibc.LOCK_SH
    static let LOCK_UN = Glibc.LOCK_UN
    static let LOCK_NB = Glibc.LOCK_NB

    /// The `errno` of the calling thread.
    static var errno: CInt { Glibc.errno }

    /// `strerror(3)`.
    static func strerror(_ code: CInt) -> String { String(cString: Glibc.strerror(code)) }

    // The system calls of ``SystemFileIO``, each returning what the C function returns.

    static func open(_ path: String, _ flags: CInt, _ permissions: UInt32) -> CInt {
        Glibc.open(path, flags, mode_t(permissions))
    }

    static func close(_ fd: CInt) -> CInt { Glibc.close(fd) }

    static func pread(_ fd: CInt, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) -> Int {
        Glibc.pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
    }

    static func write(_ fd: CInt, _ bytes: UnsafeRawBufferPointer) -> Int {
        Glibc.write(fd, bytes.baseAddress, bytes.count)
    }

    static func ftruncate(_ fd: CInt, _ length: Int) -> CInt { Glibc.ftruncate(fd, off_t(length)) }

    static func fdatasync(_ fd: CInt) -> CInt { Glibc.fdatasync(fd) }

    static func fsync(_ fd: CInt) -> CInt { Glibc.fsync(fd) }

    static func flock(_ fd: CInt, _ operation: CInt) -> CInt {
        // `flock` also names a struct in Glibc; the argument labels pick the function.
        let lock: (CInt, CInt) -> CInt = Glibc.flock(_:_:)
        return lock(fd, operation)
    }

    /// `fstat(2)`, keeping what the journal asks of a file.
    static func fstat(_ fd: CInt, _ status: inout FileStatus) -> CInt {
        var info = Glibc.stat()
        let result = Glibc.fstat(fd, &info)
        status = FileStatus(info)
        return result
    }

    /// `stat(2)` of a path (following symbolic links), keeping what the journal asks of a file.
    static func stat(_ path: String, _ status: inout FileStatus) -> CInt {
        var info = Glibc.stat()
        // `stat` also names a struct in Glibc; the argument labels pick the function.
        let call: (UnsafePointer<CChar>, UnsafeMutablePointer<Glibc.stat>) -> CInt = Glibc.stat(_:_:)
        let result = call(path, &info)
        status = FileStatus(info)
        return result
    }

    static func fchmod(_ fd: CInt, _ permissions: UInt32) -> CInt { Glibc.fchmod(fd, mode_t(permissions)) }

    static func mkdir(_ path: String, _ permissions: UInt32) -> CInt { Glibc.mkdir(path, mode_t(permissions)) }

    static func link(_ existing: String, _ new: String) -> CInt { Glibc.link(existing, new) }

    static func unlink(_ path: String) -> CInt { Glibc.unlink(path) }
    static func rename(_ old: String, _ new: String) -> CInt { Glibc.rename(old, new) }

    /// The real user id of the process and the login name `getpwuid_r(3)` gives it, if any.
    static func account() -> (uid: UInt32, name: String?) {
        let uid = Glibc.getuid()
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = Glibc.getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return (uid, nil) }
        return (uid, String(cString: name))
    }
}

extension FileStatus {
    init(_ info: Glibc.stat) {
        let kind: Kind = switch info.st_mode & Glibc.S_IFMT {
        case Glibc.S_IFREG: .regular
        case Glibc.S_IFDIR: .directory
        case Glibc.S_IFIFO: .fifo
        case Glibc.S_IFCHR: .characterDevice
        case Glibc.S_IFBLK: .blockDevice
        case Glibc.S_IFSOCK: .socket
        default: .other
        }
        self.init(kind: kind, size: Int(info.st_size), device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                  linkCount: Int(info.st_nlink), permissions: FilePermissions(rawValue: UInt32(info.st_mode) & 0o7777))
    }
}
