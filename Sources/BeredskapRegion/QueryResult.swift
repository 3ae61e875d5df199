import CLibPQ

/// The rows of one statement (a `PGresult`), in text format; cleared when the value goes.
public final class QueryResult {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }
    deinit { PQclear(result) }

    public var rows: Int { Int(PQntuples(result)) }

    /// The value at `row`, `column` as text; nil for SQL NULL.
    public func string(_ row: Int, _ column: Int) -> String? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    public func int(_ row: Int, _ column: Int) -> Int? { string(row, column).flatMap { Int($0) } }

    public func bool(_ row: Int, _ column: Int) -> Bool? { string(row, column).map { $0 == "t" } }

    /// A `bytea` value, which text format gives as `\x` and hexadecimal digits.
    public func bytes(_ row: Int, _ column: Int) -> [UInt8]? {
        guard let text = string(row, column), text.hasPrefix("\\x") else { return nil }
        return Hex.decode(text.utf8.dropFirst(2))
    }
}
