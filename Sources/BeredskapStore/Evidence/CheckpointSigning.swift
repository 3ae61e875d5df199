import BeredskapCore
import BeredskapJournal
import Foundation

/// What signs a journal's checkpoints: the installation's key, and where the latest one is witnessed.
public struct CheckpointSigning: Sendable {
    public let signer: NoteSigner
    /// The directory of ``CheckpointWitness`` files; nil keeps no witness.
    public let witnessDirectory: String?

    public init(signer: NoteSigner, witnessDirectory: String?) {
        self.signer = signer
        self.witnessDirectory = witnessDirectory
    }

    /// Checkpoints are signed at least this often while incidents are open (when the journal grew).
    public static let interval: TimeInterval = 3600
}

/// Why a checkpoint was not signed.
public enum CheckpointError: Error, Sendable, Equatable {
    /// The line `seq` on disk is not the line this store verified (the file changed behind its back).
    case linesDiffer(path: String, seq: Int)
}

/// The journal's Merkle tree as far as this store has read it, so each checkpoint reads only the lines after
/// the last one; and when and how far it last signed.
final class EvidenceState {
    var tree = MerkleTree()
    /// The byte offset just after the last line in `tree`.
    var end = 0
    var signedSize = 0
    var signedAt: Date?
    /// A phase change or level decision is waiting for its checkpoint.
    var due = false
}

extension IncidentStore {
    /// Signs a checkpoint of every verified line with `signing`'s key, appends it to the checkpoints file and
    /// records the witness. Returns nil, signing nothing, when the journal has not grown since the last
    /// checkpoint this store signed or is in the file, when it is damaged, or while a snapshot's lines are unchecked.
    @discardableResult
    public func signCheckpoint(with signing: CheckpointSigning, now: Date) throws -> Checkpoint? {
        guard damage == nil, unchecked == nil else { return nil }
        let head = headPosition
        let size = head.seq + 1
        // The latest this key signed: another key's (a cosigner's alone, another user's) does not stand in for ours.
        let latest = (try? CheckpointLog.read(journal: path))?.entries
            .last { $0.note.check(signing.signer.verifier) == .valid }
            .flatMap { Checkpoint(text: $0.note.text) }
        guard size > max(evidence.signedSize, latest?.size ?? 0) else { return nil }
        try extendTree(to: size, head: head.hash)
        let checkpoint = Checkpoint(origin: CheckpointOrigin(installation: signing.signer.name, kind: kind, journal: header.id),
                                    size: size, root: evidence.tree.root(size: size))
        let note = SignedNote(text: checkpoint.text, signedBy: signing.signer)
        try CheckpointLog.append(.init(note: note, subtrees: evidence.tree.subtrees(size: size).map(\.hash)), journal: path)
        if let directory = signing.witnessDirectory {
            try CheckpointWitness.record(note, directory: directory, journal: header.id)
        }
        evidence.signedSize = size
        evidence.signedAt = now
        return checkpoint
    }

    /// Signs when a checkpoint is due: after a phase change or level decision that only marked it due (see
    /// ``signsCheckpointsAtOnce``), or an hour after the last one this store signed (at once when it signed none)
    /// while incidents are open. For the console's idle moments, never its key presses.
    @discardableResult
    public func signCheckpointIfDue(with signing: CheckpointSigning, now: Date) throws -> Checkpoint? {
        guard damage == nil, unchecked == nil else { return nil }
        let hourly = !state.openIncidents.isEmpty
            && evidence.signedAt.map { now.timeIntervalSince($0) >= CheckpointSigning.interval } ?? true
        guard evidence.due || hourly else { return nil }
        // Tried once per moment or hour, whatever the outcome: a failing disk is not retried four times a second.
        (evidence.due, evidence.signedAt) = (false, now)
        return try signCheckpoint(with: signing, now: now)
    }

    /// After appending: signs (or, for the console, marks due) a checkpoint when the entries moved an incident
    /// to another phase or decided the level. A failure is kept in ``checkpointFailure``; the entries are saved.
    func checkpointAfterExecuting(from before: State, now: Date) {
        guard let checkpointSigning, isCheckpointMoment(from: before) else { return }
        guard signsCheckpointsAtOnce else {
            evidence.due = true
            return
        }
        do {
            try signCheckpoint(with: checkpointSigning, now: now)
            checkpointFailure = nil
        } catch {
            checkpointFailure = error
        }
    }

    /// True when the entries just appended moved an incident to another phase or decided the level: the moments
    /// a checkpoint is signed at once.
    func isCheckpointMoment(from before: State) -> Bool {
        before.level != state.level || before.levelDecidedAt != state.levelDecidedAt
            || before.levelHistory.count != state.levelHistory.count
            || before.incidents.map(\.phase) != state.incidents.map(\.phase)
    }

    /// Reads the lines after the tree's end and adds them, up to `size`; the last must be the verified head.
    private func extendTree(to size: Int, head: LineHash) throws {
        guard evidence.tree.size < size else { return }
        let lines = try JournalLines.read(path: path, from: evidence.end)
        let wanted = size - evidence.tree.size
        guard lines.count >= wanted, lines.line(wanted - 1).count >= 66,
              LineHash(hex: String(decoding: lines.line(wanted - 1).dropLast(2).suffix(64), as: UTF8.self)) == head
        else { throw CheckpointError.linesDiffer(path: path, seq: size - 1) }
        if evidence.tree.size == 0 {
            evidence.tree = lines.tree(size: wanted)
        } else {
            for index in 0..<wanted { evidence.tree.append(lines.line(index).withUnsafeBytes { TreeHash.leaf($0) }) }
        }
        evidence.end += lines.end(of: wanted - 1)
    }
}
