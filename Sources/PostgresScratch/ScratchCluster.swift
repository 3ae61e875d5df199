import Foundation

/// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries run as an unprivileged user
/// (initdb refuses root) in a temporary directory that user owns, listening only on a Unix socket in that
/// directory (no TCP port). ``stop()`` and ``start()`` take it down and up again; ``remove()`` stops it and
/// deletes everything.
public final class ScratchCluster: @unchecked Sendable {
    /// The directory holding the data, the socket and the log.
    public let directory: String
    /// The superuser the cluster was created with (trust authentication on the socket).
    public let user = "beredskap"
    private let runAs: String?
    private let bin: String

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Creates and starts a cluster. As root, the server runs as `nobody`.
    public init() throws {
        bin = try Self.serverBinaries()
        runAs = getuid() == 0 ? "nobody" : nil
        var template = Array("/tmp/beredskap-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(description: "mkdtemp failed") }
        directory = String(cString: made)
        if runAs != nil {
            guard let nobody = getpwnam("nobody") else { throw Failure(description: "no user nobody") }
            chown(directory, nobody.pointee.pw_uid, nobody.pointee.pw_gid)
        }
        try run("\(bin)/initdb", ["-D", "\(directory)/data", "-A", "trust", "-U", user, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"])
        try start()
    }

    /// libpq connection string for `database` (default: the `postgres` database).
    public func conninfo(database: String = "postgres") -> String {
        "host=\(directory) user=\(user) dbname=\(database)"
    }

    /// Creates a fresh database (so parallel tests never share tables) and returns its connection string.
    public func newDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql("CREATE DATABASE \(name)")
        return conninfo(database: name)
    }

    /// Runs SQL through `psql` (stops at the first error).
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try run("/usr/bin/psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory, "-U", user, "-d", database, "-c", sql],
                asServer: false)
    }

    /// Starts the server and waits until it accepts connections (`pg_ctl -w`).
    public func start() throws {
        try run("\(bin)/pg_ctl", ["-D", "\(directory)/data", "-w", "-l", "\(directory)/log",
                                  "-o", "-k \(directory) -c listen_addresses='' -c fsync=off", "start"])
    }

    /// Stops the server: `fast` rolls back open transactions and disconnects clients; `immediate` is a crash.
    public func stop(immediate: Bool = false) throws {
        try run("\(bin)/pg_ctl", ["-D", "\(directory)/data", "-w", "-m", immediate ? "immediate" : "fast", "stop"])
    }

    /// Stops the server (if running) and deletes the directory.
    public func remove() {
        _ = try? run("\(bin)/pg_ctl", ["-D", "\(directory)/data", "-w", "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func serverBinaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        guard let newest = versions.compactMap(Int.init).max() else {
            throw Failure(description: "PostgreSQL's server is not installed (apt-get install postgresql; scripts/deps does it)")
        }
        return "\(root)/\(newest)/bin"
    }

    /// Runs a program (as the server's user for the server's own programs) and returns its standard output.
    /// Spawned and reaped with posix_spawn and waitpid; output goes to files, not pipes, because the server that
    /// `pg_ctl start` leaves running inherits them and would hold a pipe open.
    @discardableResult
    private func run(_ program: String, _ arguments: [String], asServer: Bool = true) throws -> String {
        let argv = (asServer && runAs != nil ? ["/usr/sbin/runuser", "-u", runAs!, "--", program] : [program]) + arguments
        let outPath = "\(directory)-out-\(UUID().uuidString)", errPath = "\(directory)-err-\(UUID().uuidString)"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "\(argv[0]) could not start (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let output = FileManager.default.contents(atPath: outPath) ?? Data()
        let errors = FileManager.default.contents(atPath: errPath) ?? Data()
        // Exited normally with 0: WIFEXITED and WEXITSTATUS spelled out, as Glibc's macros are not imported.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) failed: " + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
