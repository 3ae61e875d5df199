import Foundation

/// A file a third party can check without the journal: chosen lines as stored, each with its inclusion proof,
/// and the signed checkpoint they lead to. JSON: `{"format":"beredskap-proof","version":1,"checkpoint":"<signed
/// note>","lines":[{"seq":N,"line":"<the stored line>","proof":["<base64>",…]}]}`. See docs/JOURNAL.md.
public struct ProofFile: Codable, Sendable, Equatable {
    public var format = "beredskap-proof"
    public var version = 1
    /// The signed note of the checkpoint, as stored.
    public var checkpoint: String
    public var lines: [ProvenLine]

    public struct ProvenLine: Codable, Sendable, Equatable {
        public var seq: Int
        /// The line's stored bytes without the newline (UTF-8, as every journal line is).
        public var line: String
        /// Base64 sibling hashes, leaf to root.
        public var proof: [String]
    }

    /// The proof of the lines `seqs` of `lines` (complete lines of a journal) under `entry`'s checkpoint, whose
    /// tree is `tree`. Every seq must be below the checkpoint's size.
    public init(seqs: [Int], lines: JournalLines, tree: MerkleTree, entry: CheckpointLog.Entry, checkpoint: Checkpoint) {
        self.checkpoint = entry.note.formatted
        self.lines = seqs.map { seq in
            ProvenLine(seq: seq, line: String(decoding: lines.line(seq), as: UTF8.self),
                       proof: tree.inclusionProof(index: seq, size: checkpoint.size).map(\.base64))
        }
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(self)
    }

    public static func decode(_ data: Data) -> ProofFile? {
        guard let file = try? JSONDecoder().decode(ProofFile.self, from: data), file.format == "beredskap-proof",
              file.version == 1
        else { return nil }
        return file
    }

    /// What checking the file with `verifier` found.
    public struct Check: Sendable {
        /// The checkpoint, when its note is one and `verifier` signed it validly; else why not.
        public var checkpoint: Checkpoint?
        public var signature: SignedNote.SignatureCheck
        /// Seqs whose line verified on its own (its `h`, its seq) and is included under the checkpoint's root.
        public var proven: [Int] = []
        /// Seqs that failed, and why (the CLI words its own text).
        public var failed: [(seq: Int, reason: Failure)] = []

        /// True when the signature verified and every line was proven.
        public var isOK: Bool { checkpoint != nil && signature == .valid && failed.isEmpty && !proven.isEmpty }
    }

    public enum Failure: Sendable, Equatable {
        /// The line's own hash or format does not hold.
        case lineDamaged
        /// The line says another seq than the proof.
        case otherSeq(Int)
        /// The proof does not lead to the signed root.
        case notIncluded
    }

    /// Checks the signature with `verifier`, then each line: its own hash, its seq, its inclusion proof.
    public func check(with verifier: NoteVerifier) -> Check {
        guard let note = SignedNote(parsing: checkpoint), let parsed = Checkpoint(text: note.text) else {
            return Check(checkpoint: nil, signature: .absent)
        }
        let signature = note.check(verifier)
        guard signature == .valid else { return Check(checkpoint: nil, signature: signature) }
        var check = Check(checkpoint: parsed, signature: .valid)
        for proven in lines {
            let bytes = Array(proven.line.utf8)
            let record = bytes.withUnsafeBytes { LineDecoder.record($0) }
            let proof = proven.proof.compactMap { TreeHash(base64: $0) }
            let failure: Failure? = switch record {
            case .failure: .lineDamaged
            case .success(let record) where record.seq != proven.seq: .otherSeq(record.seq)
            case .success:
                proof.count == proven.proof.count
                    && MerkleProof.verifyInclusion(leaf: .leaf(bytes), index: proven.seq, size: parsed.size,
                                                   proof: proof, root: parsed.root) ? nil : .notIncluded
            }
            if let failure { check.failed.append((proven.seq, failure)) } else { check.proven.append(proven.seq) }
        }
        return check
    }
}
