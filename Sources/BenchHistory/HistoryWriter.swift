import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// Writes a journal as the console would have: every event comes from `State.decide` on a command against the
/// organisation, and is folded in before the next command is decided, so replay meets nothing a real night could
/// not produce. Only the durability differs: events are group-committed `batch` at a time (one write and one
/// fdatasync per batch) instead of one append per command, which would take minutes for 100k events.
public final class HistoryWriter {
    private let writer: JournalWriter
    public private(set) var state: State
    /// The simulated time: each command is decided at it, after moving it on.
    public var clock: Date
    public private(set) var events = 0
    public private(set) var commits = 0
    private var pending: [RecordDraft] = []
    private let batch: Int

    public init(path: String, organisation: Organisation, start: Date, batch: Int = 1000) throws {
        writer = try JournalWriter.create(path: path, kind: .real, created: start)
        state = State(organisation: organisation)
        clock = start
        self.batch = batch
    }

    /// Decides `action` by `name` at the clock moved on by `seconds`; a refusal is a bug in the script.
    @discardableResult
    public func run(_ action: Action, by name: OperatorName, after seconds: TimeInterval, occurred: Date? = nil) throws -> [Event] {
        clock += seconds
        let produced = try state.decide(Command(by: name, occurred: occurred, action), now: clock)
        for event in produced {
            events += 1
            state.fold(event, seq: events)
            pending.append(try EventCodec.draft(event))
        }
        if pending.count >= batch { try commit() }
        return produced
    }

    /// Writes what is pending, durably.
    public func commit() throws {
        guard !pending.isEmpty else { return }
        let records = try writer.append(pending)
        precondition(records.last?.seq == events, "the journal numbered its records differently from the fold")
        pending.removeAll(keepingCapacity: true)
        commits += 1
    }
}
