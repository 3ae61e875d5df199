import Foundation

/// A journal's complete lines as stored, for the Merkle tree and for proofs: the bytes of each line without its
/// newline, the header being line 0. Verifies nothing by itself (``JournalReader`` does that): callers say how
/// many lines verified, and the tree covers no more.
public struct JournalLines: Sendable {
    private let bytes: [UInt8]
    /// The offset of each line's newline.
    private let ends: [Int]

    /// The complete lines of the journal at `path`, read under a shared lock, opening it read-only. A torn tail
    /// is left out.
    public static func read(path: String, io: FileIO = SystemFileIO(), lockWaiting: LockWaiting = .silently) throws -> JournalLines {
        let file = try JournalFile(path: path, .readOnly, io: io)
        let bytes = try file.withLock(.shared, lockWaiting) { try file.readToEnd(from: 0) }
        return JournalLines(bytes: bytes)
    }

    /// The complete lines from byte `offset` (a line boundary) of the journal at `path`, read as ``read(path:io:lockWaiting:)`` does.
    public static func read(path: String, from offset: Int, io: FileIO = SystemFileIO()) throws -> JournalLines {
        let file = try JournalFile(path: path, .readOnly, io: io)
        return JournalLines(bytes: try file.withLock(.shared, .silently) { try file.readToEnd(from: offset) })
    }

    /// The complete lines in `bytes`, which begin at a line boundary.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        ends = bytes.withUnsafeBytes { LineScanner.lineEnds($0) }
    }

    /// Complete lines, the header included.
    public var count: Int { ends.count }

    /// The stored bytes of line `index` (its seq), without the newline.
    public func line(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1] + 1)..<ends[index]]
    }

    /// The byte offset just after line `index`'s newline.
    public func end(of index: Int) -> Int { ends[index] + 1 }

    /// The tree of the first `size` lines. Leaves are hashed on all cores; the tree is then built in order.
    public func tree(size: Int) -> MerkleTree {
        precondition(size <= count)
        let leaves = [TreeHash](unsafeUninitializedCapacity: size) { slots, initialized in
            let chunks = size < 4096 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
            let shared = Slots(slots: slots)
            bytes.withUnsafeBytes { raw in
                let input = Input(raw: raw)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for i in (size * chunk / chunks)..<(size * (chunk + 1) / chunks) {
                        let start = i == 0 ? 0 : ends[i - 1] + 1
                        (shared.slots.baseAddress! + i).initialize(
                            to: TreeHash.leaf(UnsafeRawBufferPointer(rebasing: input.raw[start..<ends[i]])))
                    }
                }
            }
            initialized = size
        }
        return MerkleTree(leaves: leaves)
    }

    /// Unchecked: each chunk initialises only its own slots, and all of it outlives `concurrentPerform`.
    private struct Slots: @unchecked Sendable { let slots: UnsafeMutableBufferPointer<TreeHash> }
    private struct Input: @unchecked Sendable { let raw: UnsafeRawBufferPointer }
}
