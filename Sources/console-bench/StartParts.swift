import BeredskapConsole
import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// Where the first frame's time goes inside `IncidentStore.open` and `ConsoleModel.init`, timed piece by piece
/// through the same public calls they make: read and verify, decode, fold, and the timeline's text.
enum StartParts {
    static func measure(path: String, store: IncidentStore, runs: Int) throws -> Breakdown {
        var figures = Breakdown(["read and verify every line (JournalReader.read)", "decode the payloads (EventCodec.entries, both cores)",
                                 "fold into State", "TimelineEntry.summary of every entry", "the model's share of the timeline (what ConsoleModel.init keeps)"])
        for _ in 0..<runs {
            var laps = Laps()
            let snapshot = try JournalReader.read(path: path)
            laps.lap()
            var events: [(seq: Int, event: Event)] = []
            events.reserveCapacity(snapshot.records.count)
            for entry in EventCodec.entries(snapshot.records) {
                if let event = entry.event { events.append((entry.seq, event)) }
            }
            laps.lap()
            var state = State(organisation: store.state.organisation)
            for (seq, event) in events { state.fold(event, seq: seq) }
            laps.lap()
            let summaries = store.timeline.map { $0.summary(in: store.state.organisation) }
            laps.lap()
            let lines = store.timeline
            laps.lap()
            precondition(state.lastSeq == store.state.lastSeq && summaries.count == lines.count, "the pieces replayed something else")
            figures.add(laps)
        }
        return figures
    }
}
