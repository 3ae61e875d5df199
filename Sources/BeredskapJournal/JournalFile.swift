import Foundation

/// One open journal file: the system calls the journal makes on it, through ``FileIO``, with errors that name
/// the file. Closes its descriptor when released (which also drops any `flock` it holds).
final class JournalFile {
    let path: String
    let io: FileIO
    let fd: FileDescriptor

    /// Opens `path`; ``OpenOptions/closeOnExec`` is always added so spawned programs never inherit the descriptor
    /// or its lock, and ``OpenOptions/nonBlocking`` so that a FIFO or device in the journal's place cannot hang the
    /// open. Anything but a regular file is refused (``JournalError/notARegularFile(path:kind:)``).
    /// A file created here is 0660 in a set-group-ID directory (a shared journal directory), else 0600; created
    /// exclusively (``OpenOptions/exclusiveCreate``) it gets these permissions exactly, whatever the umask.
    /// `permissions` overrides that for a file that stays its owner's wherever it is (a private signing key).
    init(path: String, _ access: AccessMode, options: OpenOptions = [], permissions override: FilePermissions? = nil,
         io: FileIO) throws(JournalError) {
        var permissions = options.contains(.create) ? override : nil
        do {
            if options.contains(.create), permissions == nil {
                permissions = .forNew(file: true, in: try io.status(path: Directory.parent(of: path)).permissions)
            }
        } catch {
            throw JournalError(error, path: Directory.parent(of: path))
        }
        self.path = path
        self.io = io
        do {
            fd = try io.open(path, access, options: options.union([.closeOnExec, .nonBlocking]), permissions: permissions)
        } catch {
            throw JournalError(error, path: path)
        }
        // Every stored property is set, so a throw from here on runs deinit, which closes the descriptor (closing it
        // here as well would close whatever file another thread opened under the same number meanwhile).
        let kind: FileStatus.Kind
        do {
            kind = try io.status(fd).kind
        } catch {
            throw JournalError(error, path: path)
        }
        guard kind == .regular else { throw .notARegularFile(path: path, kind: kind) }
        if let permissions, options.contains(.exclusiveCreate) {
            do {
                try io.fchmod(fd, permissions)
            } catch {
                throw JournalError(error, path: path)
            }
        }
    }

    deinit {
        try? io.close(fd)
    }

    /// Runs `body` holding the lock `operation`: ``LockOperation/exclusive`` to append, ``LockOperation/shared``
    /// to read. While another process holds the lock, `waiting` says how long to wait and whom to tell.
    func withLock<T>(_ operation: LockOperation, _ waiting: LockWaiting, _ body: () throws -> T) throws -> T {
        do {
            try lock(operation, waiting)
        } catch let error as FileIOError {
            throw JournalError(error, path: path)
        }
        // Unlocking can only fail for a bad descriptor; closing the file would release the lock anyway.
        defer { try? io.flock(fd, .unlock) }
        return try body()
    }

    /// Takes the lock, at once when it is free; otherwise as `waiting` says.
    private func lock(_ operation: LockOperation, _ waiting: LockWaiting) throws {
        if try io.tryFlock(fd, operation) { return }
        switch waiting {
        case .untilGranted(let noticeAfter, let notice):
            // The wait itself is a blocking flock, so waiters are served in turn; a timer tells who is in the way
            // if it lasts. The flag keeps a notice from going out once the lock was granted.
            let granted = Granted()
            let status = try io.status(fd)
            let tell = DispatchWorkItem {
                let holders = LockHolder.holders(of: status)
                if !granted.isSet { notice(holders) }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + Self.interval(noticeAfter), execute: tell)
            defer {
                granted.set()
                tell.cancel()
            }
            try io.flock(fd, operation)
        case .atMost(let limit):
            let clock = ContinuousClock()
            let deadline = clock.now + limit
            while clock.now < deadline {
                Thread.sleep(forTimeInterval: 0.01)
                if try io.tryFlock(fd, operation) { return }
            }
            throw JournalError.locked(path: path, holders: LockHolder.holders(of: try io.status(fd)))
        }
    }

    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    func size() throws(JournalError) -> Int {
        try status().size
    }

    /// What the open file is (`fstat`).
    func status() throws(JournalError) -> FileStatus {
        do {
            return try io.status(fd)
        } catch {
            throw JournalError(error, path: path)
        }
    }

    /// The bytes from `offset` to the current end of the file.
    func readToEnd(from offset: Int) throws(JournalError) -> [UInt8] {
        try read(from: offset, to: try size())
    }

    /// The bytes from `offset` up to `end` (fewer when the file ends first).
    func read(from offset: Int, to end: Int) throws(JournalError) -> [UInt8] {
        guard end > offset else { return [] }
        var failure: FileIOError?
        // Uninitialized: the journal can be hundreds of megabytes, and every byte kept is read first. Reads until
        // the size seen above; a file that shrinks meanwhile ends the read early.
        let bytes = [UInt8](unsafeUninitializedCapacity: end - offset) { buffer, done in
            while done < buffer.count {
                do throws(FileIOError) {
                    let rest = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[done...]))
                    let n = try io.pread(fd, into: rest, at: offset + done)
                    if n == 0 { break }
                    done += n
                } catch {
                    failure = error
                    break
                }
            }
        }
        if let failure { throw JournalError(failure, path: path) }
        return bytes
    }

    /// Writes all of `bytes` with as many `write(2)` calls as it takes (normally one).
    func writeAll(_ bytes: [UInt8]) throws(FileIOError) {
        let failure: FileIOError? = bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                do throws(FileIOError) {
                    let n = try io.write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...]))
                    // A write that accepts nothing and reports no error cannot make progress.
                    if n == 0 { return FileIOError(.write, .ioError) }
                    done += n
                } catch {
                    return error
                }
            }
            return nil
        }
        if let failure { throw failure }
    }
}

/// A flag set once, read from the timer thread.
private final class Granted: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
