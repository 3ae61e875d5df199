import Crypto
import Foundation

/// SHA-256 in hex over parts joined by newlines: one hash that changes when any part does.
enum ContentHash {
    static func of(_ parts: [String]) -> String {
        SHA256.hash(data: Data(parts.joined(separator: "\n").utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
