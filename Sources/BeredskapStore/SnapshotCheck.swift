import BeredskapCore
import BeredskapJournal
import Foundation

/// The check behind the first frame of a store opened from a snapshot: read and verify the journal up to the
/// snapshot's line, decode it, and fold it into a fresh state to compare with the snapshot's. Pure, so it runs on
/// any thread; the store takes the result in with ``IncidentStore/completeCheck(_:)``.
public struct SnapshotCheck: Sendable {
    let path: String
    let position: JournalPosition
    let organisation: Organisation
    let isExercise: Bool

    public struct Result: Sendable {
        /// The verified lines up to the snapshot's (up to the damage, when there is damage).
        let entries: [TimelineEntry]
        let state: State
        let damage: JournalDamage?
        let undecodable: [Int]
    }

    /// Runs the check. A journal that cannot be read at all counts as damage at its first line.
    public func run() -> Result {
        let read: JournalSnapshot
        do {
            read = try JournalReader.read(path: path, through: position)
        } catch {
            return Result(entries: [], state: State(organisation: organisation, isExercise: isExercise),
                          damage: JournalDamage(seq: nil, line: 1, reason: "the journal could not be read again: \(error)"),
                          undecodable: [])
        }
        var state = State(organisation: organisation, isExercise: isExercise)
        let replayed = Replay.fold(read.records, into: &state)
        return Result(entries: replayed.entries, state: state, damage: read.damage, undecodable: replayed.undecodable)
    }
}
