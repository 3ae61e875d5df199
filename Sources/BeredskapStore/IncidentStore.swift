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
    /// The state, the timeline and the lines this version could not read, as folded so far.
    private var replay: Replay
    public var state: State { replay.state }
    /// Every line read so far, shared with whoever shows them (see ``Timeline``).
    public var timeline: Timeline { replay.timeline }
    /// Records this version could not read (skipped when folding, kept in the timeline).
    public var undecodable: [Int] { replay.undecodable }
    public let header: JournalHeader
    /// The writer; nil when the journal was opened for reading only.
    private let writer: JournalWriter?
    /// The damage a reader found (a writer keeps its own, which can appear later).
    private let damageRead: JournalDamage?
    /// Bytes after the last complete line that a reader found and left for the next writer to repair; 0 for a
    /// writer, which has repaired them.
    public let tornTail: Int
    /// The snapshot the state came from, while its part of the journal is not verified yet: its state is kept until
    /// the check compares it with a full replay (see ``openFromSnapshot(path:operatorName:organisation:now:lockWaiting:)``).
    private var snapshotUnderCheck: StateSnapshot?
    /// Set while the state comes from a snapshot whose part of the journal is not verified yet: the timeline holds
    /// only the lines after it until ``completeCheck(_:)``.
    public var unchecked: JournalPosition? { snapshotUnderCheck?.position }
    /// A snapshot's closed incidents while they decode behind the first frame: the state lacks them until
    /// ``takeInClosed(waiting:)`` puts them back.
    private var closedDecoding: BackgroundResult<[PlacedIncident]?>?
    /// Whether the state holds every incident; false for a moment after opening from a snapshot, while its closed
    /// incidents decode (anything that decides or folds waits for them).
    public var isWhole: Bool { closedDecoding == nil }
    /// The seq the snapshot on disk covers (0 when there is none this store knows of).
    private var snapshotSeq = 0
    /// Signs a checkpoint whenever an appended event changes an incident's phase or decides the level; nil signs none.
    public var checkpointSigning: CheckpointSigning?
    /// When false (the console), a phase change or level decision only makes a checkpoint due, for
    /// ``signCheckpointIfDue(with:now:)`` to sign in an idle moment, off the key press.
    public var signsCheckpointsAtOnce = true
    /// Why the last automatic checkpoint failed (the entries themselves were saved), for the caller to tell.
    public internal(set) var checkpointFailure: (any Error)?
    /// The tree of the lines read for checkpoints so far (see CheckpointSigning.swift).
    let evidence = EvidenceState()

    private init(path: String, header: JournalHeader, replay: Replay, writer: JournalWriter?, damage: JournalDamage? = nil,
                 tornTail: Int = 0)
    {
        self.path = path
        self.header = header
        self.replay = replay
        self.writer = writer
        damageRead = damage
        self.tornTail = tornTail
    }

    /// The organisation a journal of `kind` is folded under. An exercise journal is drawn from contacts without real
    /// numbers, whoever opens it (DESIGN: exercise journals never show or store a real phone number).
    private static func organisation(for kind: JournalKind, _ organisation: Organisation) -> Organisation {
        kind == .exercise ? organisation.withoutRealContacts : organisation
    }

    /// An empty replay for a journal of `kind`.
    private static func replay(of kind: JournalKind, _ organisation: Organisation) -> Replay {
        Replay(state: State(organisation: Self.organisation(for: kind, organisation), isExercise: kind == .exercise))
    }

    /// Reads a journal into a replay a piece at a time, each piece folded while the next is read and decoded:
    /// `read` reads the journal, handing over its header and its pieces. The state is made for the journal's kind
    /// when its header comes with the first piece.
    private static func replaying<Read>(organisation: Organisation,
                                        _ read: (_ take: (JournalHeader, [TimelineEntry]) -> Void) throws -> Read,
                                        header: (Read) -> JournalHeader) throws -> (Read, Replay)
    {
        var replay: Replay?
        let result = try read { header, piece in
            if replay == nil { replay = Self.replay(of: header.kind, organisation) }
            replay?.take(piece)
        }
        return (result, replay ?? Self.replay(of: header(result).kind, organisation))
    }

    /// Creates a new, empty journal file.
    public static func create(path: String, kind: JournalKind, organisation: Organisation = .empty, now: Date) throws -> IncidentStore {
        let writer = try JournalWriter.create(path: path, kind: kind, created: now)
        return IncidentStore(path: path, header: writer.header, replay: replay(of: kind, organisation), writer: writer)
    }

    /// Opens a journal for writing, recovering a torn last line; a damaged journal opens read-only with state up
    /// to the damage.
    public static func open(path: String, operatorName: OperatorName, organisation: Organisation = .empty, now: Date,
                            lockWaiting: LockWaiting = .silently) throws -> IncidentStore
    {
        let (writer, replay) = try replaying(organisation: organisation, { take in
            try JournalWriter.open(path: path, operatorName: operatorName.rawValue, now: now, lockWaiting: lockWaiting,
                                   as: TimelineEntry.self, take)
        }, header: \.header)
        return IncidentStore(path: path, header: writer.header, replay: replay, writer: writer)
    }

    /// Reads a journal without writing to it (read-only, under a shared lock): a torn tail is left for the next
    /// writer and told in ``tornTail``, and damage in ``damage``.
    public static func read(path: String, organisation: Organisation = .empty,
                            lockWaiting: LockWaiting = .silently) throws -> IncidentStore
    {
        let (read, replay) = try replaying(organisation: organisation, { take in
            try JournalReader.read(path: path, lockWaiting: lockWaiting, take)
        }, header: \.header)
        return IncidentStore(path: path, header: read.header, replay: replay, writer: nil, damage: read.damage,
                             tornTail: read.tornTail)
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
    public var seal: Seal {
        let head = headPosition
        return Seal(seq: head.seq, hash: head.hash)
    }

    /// The seq and hash of the last verified line.
    var headPosition: (seq: Int, hash: LineHash) {
        if let writer { return (writer.headSeq, writer.position.hash) }
        return (timeline.last?.seq ?? 0, timeline.last?.record.hash ?? header.hash)
    }

    /// Opens a journal for writing from the snapshot beside it, when there is a usable one: the state comes from
    /// the snapshot and only the lines after it are read and verified, so the console can draw at once. Until
    /// ``completeCheck(_:)`` takes in the result of ``check`` (run it on another thread), ``unchecked`` is set and
    /// the timeline holds only the lines after the snapshot. Without a usable snapshot this is ``open(path:operatorName:organisation:now:lockWaiting:)``.
    public static func openFromSnapshot(path: String, operatorName: OperatorName, organisation: Organisation, now: Date,
                                        lockWaiting: LockWaiting = .silently) throws -> IncidentStore
    {
        let full = { try open(path: path, operatorName: operatorName, organisation: organisation, now: now, lockWaiting: lockWaiting) }
        guard let header = JournalReader.header(path: path),
              let snapshot = StateSnapshot.load(journal: path, id: header.id, organisation: Self.organisation(for: header.kind, organisation)),
              let (writer, after) = try JournalWriter.open(path: path, operatorName: operatorName.rawValue, now: now,
                                                           resumingAt: snapshot.position, lockWaiting: lockWaiting,
                                                           as: TimelineEntry.self),
              writer.header == header, snapshot.state.isExercise == (header.kind == .exercise)
        else { return try full() }
        let store = IncidentStore(path: path, header: writer.header, replay: Replay(state: snapshot.state), writer: writer)
        store.snapshotUnderCheck = snapshot
        store.snapshotSeq = snapshot.position.seq
        let closed = snapshot.closed
        store.closedDecoding = BackgroundResult { closed.decode() }
        store.absorb(after)
        return store
    }

    /// The full check of a store opened from a snapshot, as a job for another thread; nil when there is nothing
    /// to check.
    public var check: SnapshotCheck? {
        guard let snapshot = snapshotUnderCheck else { return nil }
        return SnapshotCheck(path: path, position: snapshot.position, organisation: snapshot.state.organisation,
                             isExercise: snapshot.state.isExercise)
    }

    /// Takes in the full check: the verified lines join the timeline before the ones after the snapshot; damage
    /// makes the store what opening the damaged journal gives (read-only, state and timeline up to the damage); a
    /// state that differs from the snapshot's replaces it (with the lines after the snapshot folded in again) and
    /// the snapshot is written anew.
    public func completeCheck(_ result: SnapshotCheck.Result) {
        takeInClosed(waiting: true)
        guard let snapshot = snapshotUnderCheck else { return }
        snapshotUnderCheck = nil
        if let damage = result.damage {
            // As opening a damaged journal: read-only, with the state and timeline of the lines before the damage.
            writer?.markDamaged(damage)
            replay = Replay(state: result.state, timeline: result.entries, undecodable: result.undecodable)
            return
        }
        replay.undecodable = result.undecodable + undecodable
        var verified = result.entries
        verified.append(contentsOf: timeline)
        replay.timeline = verified
        guard result.state != snapshot.state else { return }
        var replayed = result.state
        for entry in timeline where entry.seq > snapshot.position.seq {
            if let event = entry.event { replayed.fold(event, seq: entry.seq) }
        }
        replay.state = replayed
        snapshotSeq = 0
        try? writeSnapshot()
    }

    /// Lines folded in since the snapshot on disk was written.
    public var linesSinceSnapshot: Int { (writer?.headSeq ?? 0) - snapshotSeq }

    /// Writes the snapshot of the state as it is now beside the journal (a cache: see ``StateSnapshot``). Does
    /// nothing while the journal is read-only, unchecked, or the playbooks were not loaded from files.
    public func writeSnapshot() throws {
        takeInClosed(waiting: true)
        guard let writer, damage == nil, unchecked == nil, !state.organisation.playbooksHash.isEmpty, writer.headSeq > 0
        else { return }
        try StateSnapshot.write(state, at: writer.position, journal: path, id: header.id)
        snapshotSeq = writer.headSeq
    }

    /// Decides the command against the journal as it is on disk right now (under the journal's lock, after
    /// catching up on other terminals' entries) and returns the new entries once they are durable.
    @discardableResult
    public func execute(_ command: Command, now: Date) throws -> [TimelineEntry] {
        takeInClosed(waiting: true)
        var before = state
        let result = try writing().append(now: now) { caughtUp in
            absorb(caughtUp.map(TimelineEntry.init))
            before = state
            return try state.decide(command, now: now).map(EventCodec.draft)
        }
        let entries = absorbed(result.appended.map(TimelineEntry.init))
        checkpointAfterExecuting(from: before, now: now)
        return entries
    }

    /// Picks up what other terminals appended since.
    @discardableResult
    public func refresh() throws -> [TimelineEntry] {
        takeInClosed(waiting: false)
        return absorbed(try writing().refresh().map(TimelineEntry.init))
    }

    private func writing() throws(JournalError) -> JournalWriter {
        guard let writer else { throw .openedForReading(path: path) }
        return writer
    }

    /// Absorbs the entries and returns them.
    private func absorbed(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        absorb(entries)
        return entries
    }

    /// Puts back a snapshot's closed incidents once they are decoded; with `waiting`, waits for them. A closed-incident
    /// line that does not decode makes the snapshot unusable: the journal is checked and replayed here instead.
    private func takeInClosed(waiting: Bool) {
        guard let decoding = closedDecoding, let decoded = waiting ? decoding.wait() : decoding.value else { return }
        closedDecoding = nil
        if let closed = decoded {
            replay.state.restore(closed: closed)
            snapshotUnderCheck?.state.restore(closed: closed)
        } else if let check {
            completeCheck(check.run())
        }
    }

    /// Folds the entries into the state and the timeline, in order; a state still without its closed incidents
    /// gets them first, since a line may touch one.
    private func absorb(_ entries: [TimelineEntry]) {
        if !entries.isEmpty { takeInClosed(waiting: true) }
        replay.take(entries)
    }
}
