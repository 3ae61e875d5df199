import BeredskapCore
import BeredskapJournal

/// Timeline entries into state: the one way a store takes in lines.
enum Replay {
    /// Folds the entries' events into `state` in order; returns the seqs of the records this version could not
    /// read (kept in the timeline, skipped when folding).
    static func fold(_ entries: [TimelineEntry], into state: inout State) -> [Int] {
        var undecodable: [Int] = []
        // Through the buffer, so each event is lent to the fold where it lies rather than copied out first.
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                if entries[index].event != nil {
                    state.fold(entries[index].event.unsafelyUnwrapped, seq: entries[index].seq)
                } else if entries[index].isUnreadable {
                    undecodable.append(entries[index].seq)
                }
            }
        }
        return undecodable
    }
}
