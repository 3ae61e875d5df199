import BeredskapCore
import BeredskapJournal
import Foundation

/// The journal and the state it tells, together: replays on open, and turns commands into durable events.
/// The journal is the only source of truth; `state` is always the fold of every event in it.
public final class IncidentStore {
    public let path: String
    public private(set) var state: State
    public private(set) var timeline: [TimelineEntry] = []
    /// Records this version could not read (skipped when folding, kept in the timeline).
    public private(set) var undecodable: [Int] = []
    private let writer: JournalWriter

    private init(path: String, writer: JournalWriter, organisation: Organisation) {
        self.path = path
        self.writer = writer
        state = State(organisation: organisation, isExercise: writer.header.kind == .exercise)
        absorb(writer.records)
    }

    /// Creates a new, empty journal file.
    public static func create(path: String, kind: JournalKind, organisation: Organisation = .empty, now: Date) throws -> IncidentStore {
        IncidentStore(path: path, writer: try JournalWriter.create(path: path, kind: kind, created: now), organisation: organisation)
    }

    /// Opens a journal, recovering a torn last line; a damaged journal opens read-only with state up to the damage.
    public static func open(path: String, operatorName: OperatorName, organisation: Organisation = .empty, now: Date) throws -> IncidentStore {
        IncidentStore(path: path, writer: try JournalWriter.open(path: path, operatorName: operatorName.rawValue, now: now),
                      organisation: organisation)
    }

    public var header: JournalHeader { writer.header }
    public var kind: JournalKind { writer.header.kind }
    /// Why the journal is read-only, if it is.
    public var damage: JournalDamage? { writer.damage }
    public var seal: Seal { Seal(seq: timeline.last?.seq ?? 0, hash: timeline.last?.record.hash ?? writer.header.hash) }

    /// Decides the command against the journal as it is on disk right now (under the journal's lock, after
    /// catching up on other terminals' entries) and returns the new entries once they are durable.
    @discardableResult
    public func execute(_ command: Command, now: Date) throws -> [TimelineEntry] {
        let result = try writer.append(now: now) { caughtUp in
            absorb(caughtUp)
            return try state.decide(command, now: now).map(EventCodec.draft)
        }
        return absorbed(result.appended)
    }

    /// Picks up what other terminals appended since.
    @discardableResult
    public func refresh() throws -> [TimelineEntry] {
        absorbed(try writer.refresh())
    }

    /// Absorbs the records and returns their timeline entries.
    private func absorbed(_ records: [Record]) -> [TimelineEntry] {
        let start = timeline.count
        absorb(records)
        return Array(timeline[start...])
    }

    /// Folds the records into the state and the timeline, in order.
    private func absorb(_ records: [Record]) {
        let decoded = EventCodec.events(records)
        for (record, result) in zip(records, decoded) {
            let event: Event?
            switch result {
            case .success(let decoded): event = decoded
            case .failure:
                event = nil
                undecodable.append(record.seq)
            }
            if let event { state.fold(event, seq: record.seq) }
            timeline.append(TimelineEntry(record: record, event: event))
        }
    }
}
