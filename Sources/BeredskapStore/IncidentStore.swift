import BeredskapCore
import BeredskapJournal
import Foundation

/// The journal and the state it tells, together: replays on open, and turns commands into durable events.
/// The journal is the only source of truth; `state` is always the fold of every event in it.
///
/// Opened with ``open(path:operatorName:organisation:now:lockWaiting:)`` it writes (and repairs a torn tail);
/// opened with ``read(path:organisation:lockWaiting:)`` it only reads, as reports and exports do.
public final class IncidentStore {
    public let path: String
    public private(set) var state: State
    public private(set) var timeline: [TimelineEntry] = []
    /// Records this version could not read (skipped when folding, kept in the timeline).
    public private(set) var undecodable: [Int] = []
    public let header: JournalHeader
    /// The writer; nil when the journal was opened for reading only.
    private let writer: JournalWriter?
    /// The damage a reader found (a writer keeps its own, which can appear later).
    private let damageRead: JournalDamage?
    /// Bytes after the last complete line that a reader found and left for the next writer to repair; 0 for a
    /// writer, which has repaired them.
    public let tornTail: Int

    private init(path: String, header: JournalHeader, records: [Record], writer: JournalWriter?,
                 damage: JournalDamage? = nil, tornTail: Int = 0, organisation: Organisation)
    {
        self.path = path
        self.header = header
        self.writer = writer
        damageRead = damage
        self.tornTail = tornTail
        // An exercise journal is drawn from contacts without real numbers, whoever opens it (DESIGN: exercise
        // journals never show or store a real phone number).
        let isExercise = header.kind == .exercise
        state = State(organisation: isExercise ? organisation.withoutRealContacts : organisation, isExercise: isExercise)
        absorb(records)
    }

    private convenience init(path: String, writer: JournalWriter, organisation: Organisation) {
        self.init(path: path, header: writer.header, records: writer.records, writer: writer, organisation: organisation)
    }

    /// Creates a new, empty journal file.
    public static func create(path: String, kind: JournalKind, organisation: Organisation = .empty, now: Date) throws -> IncidentStore {
        IncidentStore(path: path, writer: try JournalWriter.create(path: path, kind: kind, created: now), organisation: organisation)
    }

    /// Opens a journal for writing, recovering a torn last line; a damaged journal opens read-only with state up
    /// to the damage.
    public static func open(path: String, operatorName: OperatorName, organisation: Organisation = .empty, now: Date,
                            lockWaiting: LockWaiting = .silently) throws -> IncidentStore
    {
        IncidentStore(path: path, writer: try JournalWriter.open(path: path, operatorName: operatorName.rawValue, now: now,
                                                                 lockWaiting: lockWaiting),
                      organisation: organisation)
    }

    /// Reads a journal without writing to it (read-only, under a shared lock): a torn tail is left for the next
    /// writer and told in ``tornTail``, and damage in ``damage``.
    public static func read(path: String, organisation: Organisation = .empty,
                            lockWaiting: LockWaiting = .silently) throws -> IncidentStore
    {
        let snapshot = try JournalReader.read(path: path, lockWaiting: lockWaiting)
        return IncidentStore(path: path, header: snapshot.header, records: snapshot.records, writer: nil,
                             damage: snapshot.damage, tornTail: snapshot.tornTail, organisation: organisation)
    }

    public var kind: JournalKind { header.kind }
    /// Why the journal is read-only, if it is.
    public var damage: JournalDamage? { writer?.damage ?? damageRead }
    /// Set once the journal's path no longer names the file this store writes to.
    public var detachment: JournalError.Detachment? { writer?.detachment }
    /// How long the writer waits for a lock another process holds (a reader waited when it read).
    public var lockWaiting: LockWaiting {
        get { writer?.lockWaiting ?? .silently }
        set { writer?.lockWaiting = newValue }
    }
    public var seal: Seal { Seal(seq: timeline.last?.seq ?? 0, hash: timeline.last?.record.hash ?? header.hash) }

    /// Decides the command against the journal as it is on disk right now (under the journal's lock, after
    /// catching up on other terminals' entries) and returns the new entries once they are durable.
    @discardableResult
    public func execute(_ command: Command, now: Date) throws -> [TimelineEntry] {
        let result = try writing().append(now: now) { caughtUp in
            absorb(caughtUp)
            return try state.decide(command, now: now).map(EventCodec.draft)
        }
        return absorbed(result.appended)
    }

    /// Picks up what other terminals appended since.
    @discardableResult
    public func refresh() throws -> [TimelineEntry] {
        absorbed(try writing().refresh())
    }

    private func writing() throws(JournalError) -> JournalWriter {
        guard let writer else { throw .openedForReading(path: path) }
        return writer
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
