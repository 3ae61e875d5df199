import BeredskapCore
import Crypto
import Foundation

/// Lowercase hex SHA-256: the one place the playbooks' content hashes are made. Events and printouts name the
/// exact text that was followed by these hashes.
enum ContentHash {
    /// The hash of a file as on disk.
    static func of(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// One hash over parts joined by newlines: it changes when any part does.
    static func of(_ parts: [String]) -> String { of(Data(parts.joined(separator: "\n").utf8)) }

    /// One hash over every procedure's content hash, in id order.
    static func ofProcedures(_ procedures: [Procedure]) -> String {
        of(procedures.sorted { $0.id < $1.id }.map { "\($0.id) \($0.contentHash)" })
    }

    /// One hash over files, each by its path and its bytes' hash, in path order.
    static func ofFiles(_ files: [YAMLFile]) -> String { ofFiles(files.map { ($0.path, $0.bytes) }) }

    /// One hash over files given by path and bytes: each gives the line `PATH SHA256`, the lines sorted and hashed.
    static func ofFiles(_ files: [(path: String, bytes: Data)]) -> String {
        of(files.map { "\($0.path) \(of($0.bytes))" }.sorted())
    }
}
