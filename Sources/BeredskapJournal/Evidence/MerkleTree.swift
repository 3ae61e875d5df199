/// The RFC 6962 Merkle tree over a journal's lines, leaf `i` being line `i` (the header is leaf 0, record seq `n`
/// is leaf `n`). Keeps every complete subtree's hash, level by level, so an append costs one leaf hash and on
/// average one node hash, and a root, an inclusion proof or a consistency proof for any earlier size is
/// O(log² n) lookups and hashes, never a pass over the lines.
public struct MerkleTree: Sendable {
    /// `levels[h][i]` is the hash of the complete subtree of leaves `i·2^h ..< (i+1)·2^h`.
    private var levels: [[TreeHash]] = [[]]

    public init() {}

    /// The tree of `leaves`, in order.
    public init(leaves: [TreeHash]) {
        levels[0].reserveCapacity(leaves.count)
        for leaf in leaves { append(leaf) }
    }

    /// The number of leaves.
    public var size: Int { levels[0].count }

    /// The leaf hash at `index`.
    public func leaf(_ index: Int) -> TreeHash { levels[0][index] }

    /// Adds a leaf, completing every subtree it closes.
    public mutating func append(_ leaf: TreeHash) {
        levels[0].append(leaf)
        var height = 0
        while levels[height].count % 2 == 0 {
            let count = levels[height].count
            let parent = TreeHash.node(levels[height][count - 2], levels[height][count - 1])
            if levels.count == height + 1 { levels.append([]) }
            levels[height + 1].append(parent)
            height += 1
        }
    }

    /// The root of the first `size` leaves (RFC 6962 MTH). `size` must not exceed ``size``.
    public func root(size: Int) -> TreeHash {
        precondition(size >= 0 && size <= self.size, "root of \(size) leaves asked of a tree of \(self.size)")
        return size == 0 ? .empty : hash(0..<size)
    }

    /// The root of every leaf.
    public var root: TreeHash { root(size: size) }

    /// The inclusion proof (audit path, RFC 6962 §2.1.1) of leaf `index` in the tree of the first `size` leaves.
    public func inclusionProof(index: Int, size: Int) -> [TreeHash] {
        precondition(index >= 0 && index < size && size <= self.size, "no leaf \(index) in a tree of \(size)")
        var proof: [TreeHash] = []
        path(index, 0..<size, into: &proof)
        return proof
    }

    /// The consistency proof (RFC 6962 §2.1.2) that the tree of the first `old` leaves is a prefix of the tree of
    /// the first `new` leaves.
    public func consistencyProof(from old: Int, to new: Int) -> [TreeHash] {
        precondition(old > 0 && old <= new && new <= size, "no consistency proof from \(old) to \(new) of \(size)")
        var proof: [TreeHash] = []
        subproof(old, 0..<new, complete: true, into: &proof)
        return proof
    }

    /// The complete subtrees that make up the first `size` leaves, largest first (a compact range): their hashes
    /// fold, right to left, into ``root(size:)``. Comparing two trees' subtrees finds the first one that differs.
    public func subtrees(size: Int) -> [Subtree] {
        precondition(size >= 0 && size <= self.size)
        var result: [Subtree] = []
        var start = 0
        for height in stride(from: Int.bitWidth - 1 - size.leadingZeroBitCount, through: 0, by: -1)
            where size & (1 << height) != 0
        {
            let range = start..<(start + (1 << height))
            result.append(Subtree(leaves: range, hash: levels[height][start >> height]))
            start = range.upperBound
        }
        return result
    }

    /// The hash of the leaves in `range`, which starts at a multiple of the largest power of two below its
    /// length (as every range RFC 6962's recursion asks about does).
    private func hash(_ range: Range<Int>) -> TreeHash {
        let count = range.count
        if count & (count - 1) == 0 {
            let height = count.trailingZeroBitCount
            return levels[height][range.lowerBound >> height]
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: count)
        return .node(hash(range.lowerBound..<split), hash(split..<range.upperBound))
    }

    private func path(_ index: Int, _ range: Range<Int>, into proof: inout [TreeHash]) {
        guard range.count > 1 else { return }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: range.count)
        if index < split {
            path(index, range.lowerBound..<split, into: &proof)
            proof.append(hash(split..<range.upperBound))
        } else {
            path(index, split..<range.upperBound, into: &proof)
            proof.append(hash(range.lowerBound..<split))
        }
    }

    private func subproof(_ old: Int, _ range: Range<Int>, complete: Bool, into proof: inout [TreeHash]) {
        if old == range.upperBound {
            if !complete { proof.append(hash(range)) }
            return
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: range.count)
        if old <= split {
            subproof(old, range.lowerBound..<split, complete: complete, into: &proof)
            proof.append(hash(split..<range.upperBound))
        } else {
            subproof(old, split..<range.upperBound, complete: false, into: &proof)
            proof.append(hash(range.lowerBound..<split))
        }
    }

    /// The largest power of two strictly below `n` (n ≥ 2).
    static func largestPowerOfTwo(below n: Int) -> Int {
        1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }
}

/// A complete subtree of a Merkle tree: the leaves it covers and its hash.
public struct Subtree: Sendable, Equatable {
    public let leaves: Range<Int>
    public let hash: TreeHash

    public init(leaves: Range<Int>, hash: TreeHash) {
        self.leaves = leaves
        self.hash = hash
    }
}
