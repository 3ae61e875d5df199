/// Path arithmetic and the directory system calls around creating files durably.
enum Directory {
    /// The directory part of `path` ("." for a bare file name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `fsync`s the directory `path`, so that a file just created or renamed in it survives a crash.
    static func sync(_ path: String, io: FileIO) throws(FileIOError) {
        let fd = try io.open(path, .readOnly, options: [.directory, .closeOnExec], permissions: nil)
        defer { try? io.close(fd) }
        try io.fsync(fd)
    }

    /// Creates `path` and any missing parents with mode 0700 (2770 inside a shared, set-group-ID directory, set
    /// exactly whatever the umask), syncing each parent that gained an entry. An existing directory is left as it is.
    static func create(_ path: String, io: FileIO) throws(FileIOError) {
        let parent = parent(of: path)
        do {
            try make(path, in: parent, io: io)
        } catch where error.errno == .exists {
            return
        } catch where error.errno == .noEntry && parent != path {
            try create(parent, io: io)
            try make(path, in: parent, io: io)
        }
        try sync(parent, io: io)
    }

    private static func make(_ path: String, in parent: String, io: FileIO) throws(FileIOError) {
        let permissions = FilePermissions.forNew(file: false, in: try io.status(path: parent).permissions)
        try io.mkdir(path, permissions: permissions)
        let fd = try io.open(path, .readOnly, options: [.directory, .closeOnExec], permissions: nil)
        defer { try? io.close(fd) }
        try io.fchmod(fd, permissions)
    }
}
