import BeredskapCore
import BeredskapJournal

/// Journal records into state and timeline: the one way a store takes in lines.
enum Replay {
    /// Decodes the records (on every core) and folds their events into `state` in order; returns a timeline
    /// entry per record and the seqs of the records this version could not read (kept in the timeline, skipped
    /// when folding).
    static func fold(_ records: [Record], into state: inout State) -> (entries: [TimelineEntry], undecodable: [Int]) {
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(records.count)
        var undecodable: [Int] = []
        for (record, result) in zip(records, EventCodec.events(records)) {
            switch result {
            case .success(let event):
                if let event { state.fold(event, seq: record.seq) }
                entries.append(TimelineEntry(record: record, event: event))
            case .failure:
                undecodable.append(record.seq)
                entries.append(TimelineEntry(record: record, event: nil))
            }
        }
        return (entries, undecodable)
    }
}
