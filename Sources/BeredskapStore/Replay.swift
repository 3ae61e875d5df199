import BeredskapCore
import BeredskapJournal

/// A state and its timeline, built from a journal's lines a piece at a time as they are read: the one way a store
/// takes in lines.
struct Replay {
    var state: State
    var timeline = Timeline()
    /// Records this version could not read (kept in the timeline, skipped when folding).
    var undecodable: [Int] = []

    /// Folds the entries' events into the state in order and adds the entries to the timeline.
    mutating func take(_ entries: [TimelineEntry]) {
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
        timeline.append(contentsOf: entries)
    }
}
