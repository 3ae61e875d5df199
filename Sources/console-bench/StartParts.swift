import BeredskapConsole
import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// Where the first frame's time goes inside `IncidentStore.open` and `ConsoleModel.init`, timed piece by piece
/// through the same public calls they make: read, verify and decode (one pass on both cores), fold, and the
/// timeline's text.
enum StartParts {
    static func measure(path: String, store: IncidentStore, runs: Int) throws -> Breakdown {
        var figures = Breakdown(["read, verify and decode every line (JournalReader.read as TimelineEntry, both cores)",
                                 "fold into State", "TimelineEntry.summary of every entry", "the model's share of the timeline (what ConsoleModel.init keeps)"])
        for _ in 0..<runs {
            var laps = Laps()
            let snapshot = try JournalReader.read(path: path, as: TimelineEntry.self)
            laps.lap()
            var state = State(organisation: store.state.organisation)
            for entry in snapshot.records { if let event = entry.event { state.fold(event, seq: entry.seq) } }
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
