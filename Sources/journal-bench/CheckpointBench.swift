import BeredskapJournal
import Foundation

/// Checkpoints (issue 15): durable appends with and without the Merkle tree kept up to date, signing a checkpoint
/// cold (read every line, build the tree) and warm (one more line), and proof sizes and times.
enum CheckpointBench {
    static func run(scratch: String, drafts: [RecordDraft], sizes: [Int], replayPath: (Int) -> String) throws {
        let signer = NoteSigner(generatingFor: "bench")
        print("")
        row("durable appends (\(drafts.count) per round, best of 5 alternating rounds), 1 event per append", "per second", "vs without")
        row("---", "---:", "---:")
        var plain = 0.0
        var kept = 0.0
        for round in 0..<5 {
            plain = max(plain, try appendRate(path: scratch + "/plain-\(round).jsonl", drafts: drafts, tree: false))
            kept = max(kept, try appendRate(path: scratch + "/tree-\(round).jsonl", drafts: drafts, tree: true))
        }
        row("without the tree (what the writer does: the tree catches up when a checkpoint is signed)", rate(plain), "-")
        row("with the tree kept after each append (reopen, read the new line, hash it into the tree)", rate(kept),
            String(format: "%+.1f %%", (plain / kept - 1) * 100))
        print("")
        row("checkpoints", "lines", "cold: read + tree + sign + append", "warm: 1 more line + sign + append",
            "inclusion proof (hashes, bytes)", "per proof", "proof file, 100 lines", "consistency proof (hashes)", "per proof")
        row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
        for size in sizes {
            let path = replayPath(size)
            var tree = MerkleTree()
            let lines = try JournalLines.read(path: path)
            let cold = try Measure.best(of: 3) {
                tree = try JournalLines.read(path: path).tree(size: lines.count)
                try sign(tree, size: lines.count, signer: signer, journal: path)
            }
            let extra = lines.line(lines.count - 1)
            // As a store does between checkpoints: the tree it keeps grows by the new line, then one is signed.
            let n = lines.count
            var grown = tree
            let warm = try Measure.best(of: 5) {
                grown.append(extra.withUnsafeBytes { TreeHash.leaf($0) })
                try sign(grown, size: grown.size, signer: signer, journal: path)
            }
            let indexes = (0..<1000).map { ($0 * 7919) % n }
            var proofLength = 0
            let inclusion = Measure.best(of: 3) {
                for index in indexes { proofLength = tree.inclusionProof(index: index, size: n).count }
            }
            var consistencyLength = 0
            let consistency = Measure.best(of: 3) {
                for index in indexes where index > 0 { consistencyLength = tree.consistencyProof(from: index, to: n).count }
            }
            let checkpoint = Checkpoint(origin: CheckpointOrigin(installation: "bench", kind: .exercise, journal: UUID()),
                                        size: n, root: tree.root)
            let entry = CheckpointLog.Entry(note: SignedNote(text: checkpoint.text, signedBy: signer), subtrees: [])
            let proofFile = ProofFile(seqs: Array(1...100), lines: lines, tree: tree, entry: entry, checkpoint: checkpoint)
            row("", "\(n)", ms(cold), ms(warm), "\(proofLength), \(proofLength * 32) B", String(format: "%.1f µs", inclusion * 1000),
                String(format: "%.0f kB", Double(proofFile.encoded().count) / 1024), "\(consistencyLength)",
                String(format: "%.1f µs", consistency * 1000))
        }
    }

    /// Appends per second, one event per durable append; with `tree`, each append is followed by what keeping the
    /// tree costs: reading the new line back and hashing it into the tree.
    private static func appendRate(path: String, drafts: [RecordDraft], tree: Bool) throws -> Double {
        let writer = try JournalWriter.create(path: path, kind: .exercise, created: Date())
        var merkle = MerkleTree()
        var end = 0
        let (_, total) = try Measure.seconds {
            for draft in drafts {
                _ = try writer.append([draft])
                if tree {
                    let lines = try JournalLines.read(path: path, from: end)
                    for i in 0..<lines.count { merkle.append(lines.line(i).withUnsafeBytes { TreeHash.leaf($0) }) }
                    end += lines.end(of: lines.count - 1)
                }
            }
        }
        return Double(drafts.count) / total
    }

    private static func sign(_ tree: MerkleTree, size: Int, signer: NoteSigner, journal: String) throws {
        let checkpoint = Checkpoint(origin: CheckpointOrigin(installation: "bench", kind: .exercise, journal: UUID()),
                                    size: size, root: tree.root(size: size))
        try CheckpointLog.append(.init(note: SignedNote(text: checkpoint.text, signedBy: signer),
                                       subtrees: tree.subtrees(size: size).map(\.hash)), journal: journal)
    }
}
