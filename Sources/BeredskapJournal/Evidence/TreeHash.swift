import Crypto
import Foundation

/// A SHA-256 value in the journal's Merkle tree (RFC 6962 §2.1): a leaf's, a node's or a root's. Held inline, so
/// a million of them are one array without a heap object each.
public struct TreeHash: Hashable, Sendable, CustomStringConvertible {
    let bytes: SIMD32<UInt8>

    init(_ bytes: SIMD32<UInt8>) { self.bytes = bytes }

    /// Exactly 32 bytes, or nil.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var value = SIMD32<UInt8>()
        for (i, byte) in bytes.enumerated() { value[i] = byte }
        self.bytes = value
    }

    /// Standard base64 of 32 bytes (the form in checkpoints and proofs), or nil.
    public init?(base64: some StringProtocol) {
        guard let data = Data(base64Encoded: String(base64)) else { return nil }
        self.init(bytes: data)
    }

    private init(digest: SHA256Digest) {
        var value = SIMD32<UInt8>()
        digest.withUnsafeBytes { raw in withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: raw) } }
        self.bytes = value
    }

    /// The root of the empty tree: SHA-256 of no bytes.
    public static let empty = TreeHash(digest: SHA256.hash(data: [UInt8]()))

    /// The leaf hash of one journal line: SHA-256(0x00 || the line's stored bytes without its newline).
    public static func leaf(_ line: UnsafeRawBufferPointer) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: line)
        return TreeHash(digest: hasher.finalize())
    }

    /// ``leaf(_:)`` of bytes in an array.
    public static func leaf(_ line: [UInt8]) -> TreeHash {
        line.withUnsafeBytes { leaf($0) }
    }

    /// An interior node: SHA-256(0x01 || left || right).
    public static func node(_ left: TreeHash, _ right: TreeHash) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(1)) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: left.bytes) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: right.bytes) { hasher.update(bufferPointer: $0) }
        return TreeHash(digest: hasher.finalize())
    }

    /// The 32 bytes.
    public var data: [UInt8] { withUnsafeBytes(of: bytes) { Array($0) } }

    /// The first 8 bytes as a big-endian integer (the short form on paper takes its top 60 bits).
    var firstWord: UInt64 {
        (0..<8).reduce(0) { $0 << 8 | UInt64(bytes[$1]) }
    }

    public var base64: String { Data(data).base64EncodedString() }

    public var description: String { base64 }
}
