import CLibPQ
import Foundation

/// One connection to the regional PostgreSQL through libpq. Used by one thread at a time (libpq connections are
/// not shared); closed when the value goes.
///
/// Connection settings follow libpq's conventions: a `key=value` string or `postgresql://` URI, the `PG*`
/// environment variables (PGHOST, PGUSER, PGSSLMODE...) for whatever it leaves out, and `~/.pgpass` for the
/// password. Nothing of it is ever written to the journal or the playbooks.
public final class RegionConnection {
    private let connection: OpaquePointer

    /// Connects with `PQconnectdbParams`, giving up after `timeout` seconds unless the connection string sets
    /// its own `connect_timeout`.
    public init(_ conninfo: String, timeout: Int = 5) throws(RegionError) {
        // Later keywords override earlier ones, and `dbname` is expanded as a whole connection string: so the
        // string's own settings win over our defaults.
        let keys = ["connect_timeout", "fallback_application_name", "dbname"]
        let values = [String(timeout), "beredskap", conninfo]
        let made: OpaquePointer? = Self.withCStrings(keys) { keyPointers in
            Self.withCStrings(values) { valuePointers in PQconnectdbParams(keyPointers, valuePointers, 1) }
        }
        guard let made else { throw .connect("libpq fikk ikke minne til en tilkobling") }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(made))
            PQfinish(made)
            throw .connect(message)
        }
        connection = made
        // libpq prints the server's notices and warnings on standard error by default; what matters reaches the
        // user as an error from the statement instead.
        PQsetNoticeProcessor(made, { _, _ in }, nil)
        // Timestamps are written and read in UTC (RegionTime); the server's notices ("already exists, skipping") are not for users.
        try execute("SET TimeZone = 'UTC'")
        try execute("SET client_min_messages = warning")
    }

    deinit { PQfinish(connection) }

    /// A statement parameter: text and integers go as text, bytes as binary (`bytea`).
    public enum Parameter {
        case text(String)
        case int(Int)
        case bytes([UInt8])
        case null
    }

    /// Runs one statement with `PQexecParams` (`$1`, `$2`... in `sql`), rows in text format.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [Parameter] = []) throws(RegionError) -> QueryResult {
        let encoded: [(bytes: [UInt8]?, binary: Bool)] = parameters.map { parameter in
            switch parameter {
            case .text(let text): return (Array(text.utf8) + [0], false)
            case .int(let value): return (Array(String(value).utf8) + [0], false)
            case .bytes(let bytes): return (bytes, true)
            case .null: return (nil, false)
            }
        }
        let lengths = encoded.map { Int32($0.bytes?.count ?? 0) }
        let formats = encoded.map { Int32($0.binary ? 1 : 0) }
        let result = Self.withBuffers(encoded.map(\.bytes)) { pointers in
            PQexecParams(connection, sql, Int32(parameters.count), nil, pointers, lengths, formats, 0)
        }
        return try check(result)
    }

    /// Runs several statements without parameters (`PQexec`), as a migration does.
    public func executeScript(_ sql: String) throws(RegionError) {
        try check(PQexec(connection, sql))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws(RegionError) -> T) throws(RegionError) -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// `COPY table (columns) FROM STDIN` with rows in COPY's text format (``CopyRows``), sent with
    /// `PQputCopyData` in pieces of about a megabyte.
    public func copy(into table: String, columns: [String], _ rows: CopyRows) throws(RegionError) {
        try check(PQexec(connection, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"), expecting: PGRES_COPY_IN)
        let bytes = rows.bytes
        var offset = 0
        let piece = 1 << 20
        while offset < bytes.count {
            let end = min(bytes.count, offset + piece)
            let sent = bytes[offset..<end].withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
            }
            guard sent == 1 else { break }
            offset = end
        }
        PQputCopyEnd(connection, offset < bytes.count ? "sending failed" : nil)
        // The outcome of COPY arrives as the next result; then a null result ends the command.
        var failure: RegionError?
        while let result = PQgetResult(connection) {
            do { try check(result) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// `LISTEN channel`: from now on the server sends this connection a notification whenever a transaction that
    /// called `pg_notify(channel, ...)` commits. `channel` is one of ours (``RegionKind/channel``), never user text.
    public func listen(_ channel: String) throws(RegionError) {
        try execute("LISTEN \(channel)")
    }

    /// Waits up to `timeout` seconds for notifications on the channels this connection listens to, without
    /// sending anything: `poll` on the connection's socket (`PQsocket`), then `PQconsumeInput` and `PQnotifies`.
    /// Returns the payloads of every notification that arrived (empty when none did); throws ``RegionError/lost``
    /// when the server went away.
    public func notifications(waiting timeout: TimeInterval) throws(RegionError) -> [String] {
        let waiting = takeNotifications()
        guard waiting.isEmpty else { return waiting }
        let socket = PQsocket(connection)
        guard socket >= 0 else { throw .lost(String(cString: PQerrorMessage(connection))) }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout) * 1000))
        guard ready > 0 else { return [] }
        // Readable: notifications, or the end of the connection (the server stopped, the network broke).
        guard PQconsumeInput(connection) == 1, PQstatus(connection) == CONNECTION_OK else {
            throw .lost(String(cString: PQerrorMessage(connection)))
        }
        return takeNotifications()
    }

    /// The notifications libpq has read so far, each freed once its payload is copied.
    private func takeNotifications() -> [String] {
        var payloads: [String] = []
        while let notification = PQnotifies(connection) {
            payloads.append(String(cString: notification.pointee.extra))
            PQfreemem(notification)
        }
        return payloads
    }

    @discardableResult
    private func check(_ result: OpaquePointer?, expecting wanted: ExecStatusType? = nil) throws(RegionError) -> QueryResult {
        guard let result else { throw failure(sqlState: "", message: String(cString: PQerrorMessage(connection))) }
        let status = PQresultStatus(result)
        let fine = wanted.map { status == $0 } ?? (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        guard fine else {
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = String(cString: PQresultErrorMessage(result))
            PQclear(result)
            throw failure(sqlState: state, message: message.isEmpty ? String(cString: PQerrorMessage(connection)) : message)
        }
        return QueryResult(result)
    }

    /// A statement that failed because the connection went is told as such, not as a refusal.
    private func failure(sqlState: String, message: String) -> RegionError {
        PQstatus(connection) == CONNECTION_OK ? .statement(sqlState: sqlState, message: message) : .lost(message)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) } + [nil])
    }

    private static func withBuffers<R>(_ buffers: [[UInt8]?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies: [UnsafeMutablePointer<CChar>?] = buffers.map { bytes in
            guard let bytes else { return nil }
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(1, bytes.count))
            bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { copy.update(from: $0.baseAddress!, count: bytes.count) }
            }
            return copy
        }
        defer { copies.forEach { $0?.deallocate() } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
