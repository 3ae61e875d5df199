import BeredskapCore
import BeredskapJournal
import Foundation

/// The check behind the first frame of a store opened from a snapshot: read, verify and decode the journal up to the
/// snapshot's line, and fold it into a fresh state to compare with the snapshot's. Pure, so it runs on
/// any thread; the store takes the result in with ``IncidentStore/completeCheck(_:)``.
public struct SnapshotCheck: Sendable {
    let path: String
    let position: JournalPosition
    let organisation: Organisation
    let isExercise: Bool

    public struct Result: Sendable {
        /// The verified lines up to the snapshot's (up to the damage, when there is damage).
        let entries: Timeline
        let state: State
        let damage: JournalDamage?
        let undecodable: [Int]
    }

    /// Runs the check, a piece of the journal at a time. A journal that cannot be read at all counts as damage at its
    /// first line.
    public func run() -> Result {
        var replay = Replay(state: State(organisation: organisation, isExercise: isExercise))
        let damage: JournalDamage?
        do {
            damage = try JournalReader.read(path: path, through: position) { replay.take($0) }.damage
        } catch {
            return Result(entries: Timeline(), state: State(organisation: organisation, isExercise: isExercise),
                          damage: JournalDamage(seq: nil, line: 1, reason: "the journal could not be read again: \(error)"),
                          undecodable: [])
        }
        return Result(entries: replay.timeline, state: replay.state, damage: damage, undecodable: replay.undecodable)
    }
}
