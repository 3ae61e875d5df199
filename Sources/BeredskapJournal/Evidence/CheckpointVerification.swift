/// Checks a journal's lines against signed checkpoints: each must be signed by a trusted key, name this journal
/// and its kind, and have the root of the journal's first `size` lines. A checkpoint signed before a rewrite
/// catches it, however well the chain was recomputed.
public enum CheckpointVerification {
    /// What one checkpoint says about the journal.
    public struct Finding: Sendable, Equatable {
        /// The checkpoint, when the note is one.
        public let checkpoint: Checkpoint?
        /// Trusted keys whose signatures verified.
        public let signedBy: [String]
        public let result: Result
    }

    public enum Result: Sendable, Equatable {
        /// The journal's first `size` lines have the signed root.
        case holds
        /// They do not: at least one line in `lines` (seqs) differs, every line before it is as signed.
        case differs(lines: Range<Int>)
        /// The checkpoint covers more lines than the journal has: lines were removed.
        case beyondJournal(lines: Int)
        /// Not used as evidence, and why.
        case refused(Refusal)
    }

    public enum Refusal: Sendable, Equatable {
        /// The note's text is not a Beredskap checkpoint.
        case notACheckpoint
        /// No trusted key signed it (signed by another key).
        case untrustedSigner(names: [String])
        /// A trusted key's signature does not verify: the note was altered.
        case badSignature(name: String)
        /// It is another journal's.
        case otherJournal(origin: String)
        /// An exercise journal's checkpoint offered for a real journal, or the other way round.
        case otherKind(JournalKind)
    }

    /// Checks every note against the journal of `header`, whose complete lines are `lines`.
    public static func check(_ entries: [CheckpointLog.Entry], header: JournalHeader, lines: JournalLines,
                             trusted: [NoteVerifier]) -> [Finding]
    {
        let largest = entries.compactMap { Checkpoint(text: $0.note.text)?.size }.filter { $0 <= lines.count }.max() ?? 0
        let tree = lines.tree(size: largest)
        return entries.map { check($0, header: header, tree: tree, lineCount: lines.count, trusted: trusted) }
    }

    /// Checks one entry against `tree`, which holds at least the lines the entry covers when the journal has them.
    static func check(_ entry: CheckpointLog.Entry, header: JournalHeader, tree: MerkleTree, lineCount: Int,
                      trusted: [NoteVerifier]) -> Finding
    {
        guard let checkpoint = Checkpoint(text: entry.note.text) else {
            return Finding(checkpoint: nil, signedBy: [], result: .refused(.notACheckpoint))
        }
        var signedBy: [String] = []
        for verifier in trusted {
            switch entry.note.check(verifier) {
            case .valid: signedBy.append(verifier.name)
            case .invalid: return Finding(checkpoint: checkpoint, signedBy: [], result: .refused(.badSignature(name: verifier.name)))
            case .absent: break
            }
        }
        func finding(_ result: Result) -> Finding { Finding(checkpoint: checkpoint, signedBy: signedBy, result: result) }
        guard !signedBy.isEmpty else { return finding(.refused(.untrustedSigner(names: entry.note.signatures.map(\.name)))) }
        guard checkpoint.origin.kind == header.kind else { return finding(.refused(.otherKind(checkpoint.origin.kind))) }
        guard checkpoint.origin.journal == header.id else { return finding(.refused(.otherJournal(origin: checkpoint.origin.text))) }
        guard checkpoint.size <= lineCount else { return finding(.beyondJournal(lines: lineCount)) }
        if tree.root(size: checkpoint.size) == checkpoint.root { return finding(.holds) }
        return finding(.differs(lines: firstDifference(tree: tree, checkpoint: checkpoint, stored: entry.subtrees)))
    }

    /// The lines where the first difference must be: the first of the checkpoint's subtrees that the journal's
    /// tree does not match, when the stored subtrees fold into the signed root; else all of them.
    static func firstDifference(tree: MerkleTree, checkpoint: Checkpoint, stored: [TreeHash]) -> Range<Int> {
        let ours = tree.subtrees(size: checkpoint.size)
        let signed = zip(ours, stored).map { Subtree(leaves: $0.leaves, hash: $1) }
        guard stored.count == ours.count, MerkleProof.root(of: signed) == checkpoint.root,
              let first = zip(ours, signed).first(where: { $0.hash != $1.hash })
        else { return 0..<checkpoint.size }
        return first.0.leaves
    }

    /// Where the first changed line lies, from all findings together: after every checkpoint that holds, and
    /// inside every range a differing one names. Nil when none differs.
    public static func firstDifference(_ findings: [Finding]) -> Range<Int>? {
        var lower = 0
        var upper: Int?
        for finding in findings {
            switch finding.result {
            case .differs(let lines):
                lower = max(lower, lines.lowerBound)
                upper = min(upper ?? lines.upperBound, lines.upperBound)
            case .holds, .beyondJournal, .refused:
                break
            }
        }
        guard let upper else { return nil }
        for finding in findings where finding.result == .holds {
            if let size = finding.checkpoint?.size, size < upper { lower = max(lower, size) }
        }
        return lower..<max(upper, lower + 1)
    }
}
