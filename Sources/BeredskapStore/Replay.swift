import BeredskapCore
import BeredskapJournal

/// Journal records into state and timeline: the one way a store takes in lines.
enum Replay {
    /// Decodes the records (on every core) and folds their events into `state` in order; returns a timeline
    /// entry per record and the seqs of the records this version could not read (kept in the timeline, skipped
    /// when folding).
    static func fold(_ records: [Record], into state: inout State) -> (entries: [TimelineEntry], undecodable: [Int]) {
        let entries = EventCodec.entries(records)
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
        return (entries, undecodable)
    }
}
