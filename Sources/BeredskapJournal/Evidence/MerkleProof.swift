/// Checks RFC 6962 proofs with nothing but the hashes (the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2), so a
/// proof can be checked without the journal.
public enum MerkleProof {
    /// True when `proof` shows that `leaf` is leaf `index` of the tree of `size` leaves whose root is `root`.
    public static func verifyInclusion(leaf: TreeHash, index: Int, size: Int, proof: [TreeHash], root: TreeHash) -> Bool {
        rootFromInclusion(leaf: leaf, index: index, size: size, proof: proof) == root
    }

    /// The root that `proof` leads to from `leaf` at `index` in a tree of `size` leaves; nil when the proof has
    /// the wrong length for that position.
    public static func rootFromInclusion(leaf: TreeHash, index: Int, size: Int, proof: [TreeHash]) -> TreeHash? {
        guard index >= 0, index < size else { return nil }
        var (fn, sn, hash) = (index, size - 1, leaf)
        for sibling in proof {
            guard sn > 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                hash = .node(sibling, hash)
                if fn & 1 == 0 {
                    while fn & 1 == 0, fn != 0 { (fn, sn) = (fn >> 1, sn >> 1) }
                }
            } else {
                hash = .node(hash, sibling)
            }
            (fn, sn) = (fn >> 1, sn >> 1)
        }
        return sn == 0 ? hash : nil
    }

    /// True when `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of
    /// `newSize` leaves with root `newRoot`.
    public static func verifyConsistency(oldSize: Int, newSize: Int, oldRoot: TreeHash, newRoot: TreeHash,
                                         proof: [TreeHash]) -> Bool
    {
        guard oldSize >= 0, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        // Every tree extends the empty one, but nothing can be proven about it: refused, as RFC 9162 does.
        guard oldSize > 0, !proof.isEmpty else { return false }
        var path = proof[...]
        if oldSize & (oldSize - 1) == 0 { path = [oldRoot] + proof }
        var (fn, sn) = (oldSize - 1, newSize - 1)
        while fn & 1 == 1 { (fn, sn) = (fn >> 1, sn >> 1) }
        var (fr, sr) = (path.first!, path.first!)
        for c in path.dropFirst() {
            guard sn > 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                (fr, sr) = (.node(c, fr), .node(c, sr))
                if fn & 1 == 0 {
                    while fn & 1 == 0, fn != 0 { (fn, sn) = (fn >> 1, sn >> 1) }
                }
            } else {
                sr = .node(sr, c)
            }
            (fn, sn) = (fn >> 1, sn >> 1)
        }
        return sn == 0 && fr == oldRoot && sr == newRoot
    }

    /// The root that the complete subtrees of a compact range (``MerkleTree/subtrees(size:)``) fold into.
    public static func root(of subtrees: [Subtree]) -> TreeHash {
        guard var hash = subtrees.last?.hash else { return .empty }
        for subtree in subtrees.dropLast().reversed() { hash = .node(subtree.hash, hash) }
        return hash
    }
}
