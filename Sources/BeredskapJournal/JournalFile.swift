/// One open journal file: the system calls the journal makes on it, through ``FileIO``, with errors that name
/// the file. Closes its descriptor when released (which also drops any `flock` it holds).
final class JournalFile {
    let path: String
    let io: FileIO
    let fd: FileDescriptor

    /// Opens `path`; ``OpenOptions/closeOnExec`` is always added so spawned programs never inherit the descriptor
    /// or its lock.
    init(path: String, _ access: AccessMode, options: OpenOptions = [], permissions: FilePermissions? = nil,
         io: FileIO) throws(JournalError)
    {
        self.path = path
        self.io = io
        do {
            fd = try io.open(path, access, options: options.union(.closeOnExec), permissions: permissions)
        } catch {
            throw JournalError(error, path: path)
        }
    }

    deinit {
        try? io.close(fd)
    }

    /// Runs `body` holding the lock `operation`: ``LockOperation/exclusive`` to append, ``LockOperation/shared``
    /// to read.
    func withLock<T>(_ operation: LockOperation, _ body: () throws -> T) throws -> T {
        do {
            try io.flock(fd, operation)
        } catch {
            throw JournalError(error, path: path)
        }
        // Unlocking can only fail for a bad descriptor; closing the file would release the lock anyway.
        defer { try? io.flock(fd, .unlock) }
        return try body()
    }

    func size() throws(JournalError) -> Int {
        do {
            return try io.fileSize(fd)
        } catch {
            throw JournalError(error, path: path)
        }
    }

    /// The bytes from `offset` to the current end of the file.
    func readToEnd(from offset: Int) throws(JournalError) -> [UInt8] {
        let end = try size()
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
