import BeredskapCore
import BeredskapJournal
import Foundation

/// `beredskap console --sync`: copies the journal to the region on a thread of its own, so the console's key loop
/// never makes a libpq call. After a failure it tries again after 1, 2, 4 ... up to 60 seconds; while the link is
/// up it syncs when told that lines were saved, and otherwise when the file has grown (another terminal wrote).
/// Given the console's state, a sync first asks the region's head and sends only what is new (``RegionSync/quickly(path:replayed:connection:batchSize:)``):
/// with nothing new it costs a few statements, not a read and replay of the whole journal.
public final class BackgroundSync: @unchecked Sendable {
    public enum Status: Sendable, Equatable {
        case starting
        case synced(seq: Int, at: Date)
        /// No contact (or the connection broke) since `since`; `reason` is the last error in Norwegian.
        case offline(since: Date, reason: String)
        /// The region refused the journal as a fork; the worker stops trying.
        case refused(agreed: Int)
    }

    private let conninfo: String
    private let path: String
    private let organisation: Organisation
    /// How long one connection attempt may take (libpq's connect_timeout).
    private let connectTimeout: Int
    /// How often an idle worker looks whether the file grew.
    private let idleCheck: TimeInterval

    /// Guards everything below.
    private let condition = NSCondition()
    private var current = Status.starting
    private var nudged = true
    /// The console's state as of its last nudge, when it was whole and checked.
    private var replayed: RegionSync.Replayed?
    private var stopped = false

    public init(conninfo: String, path: String, organisation: Organisation, connectTimeout: Int = 3, idleCheck: TimeInterval = 5) {
        self.conninfo = conninfo
        self.path = path
        self.organisation = organisation
        self.connectTimeout = connectTimeout
        self.idleCheck = idleCheck
    }

    /// Starts the worker thread.
    public func start() {
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// How things stand; returns at once.
    public var status: Status { condition.withLock { current } }

    /// Lines were saved: sync as soon as the link allows (a running backoff is not cut short). `replayed` is the
    /// state through the journal's head when the caller holds it whole, so the sync need not read the journal.
    public func nudge(_ replayed: RegionSync.Replayed? = nil) {
        condition.withLock {
            self.replayed = replayed
            nudged = true
            condition.signal()
        }
    }

    /// Asks the worker to end after what it is doing; returns at once.
    public func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func work() {
        var connection: RegionConnection?
        var backoff: TimeInterval = 1
        var syncedSize: UInt64?
        while true {
            do {
                let size = Self.fileSize(path)
                if connection == nil { connection = try RegionConnection(conninfo, timeout: connectTimeout) }
                let outcome = try sync(connection!)
                syncedSize = size
                backoff = 1
                set(.synced(seq: outcome.head, at: Date()))
            } catch .fork(let agreed, _) {
                set(.refused(agreed: agreed))
                return
            } catch {
                connection = nil
                let since: Date = if case .offline(let since, _) = status { since } else { Date() }
                set(.offline(since: since, reason: error.norwegian))
                guard wait(for: backoff, wakeOnNudge: false) else { return }
                backoff = min(60, backoff * 2)
                continue
            }
            // Up: wait for a nudge, or for the file to grow.
            while true {
                guard wait(for: idleCheck, wakeOnNudge: true) else { return }
                if takeNudge() || Self.fileSize(path) != syncedSize { break }
            }
        }
    }

    /// The quick sync when the console's state allows it, else the whole one.
    private func sync(_ connection: RegionConnection) throws(RegionError) -> RegionSync.Outcome {
        if let replayed = condition.withLock({ replayed }),
           let outcome = try RegionSync.quickly(path: path, replayed: replayed, connection: connection) {
            return outcome
        }
        return try RegionSync.sync(path: path, organisation: organisation, connection: connection, lockWaiting: .atMost(.seconds(1)))
    }

    private func set(_ status: Status) { condition.withLock { current = status } }

    private func takeNudge() -> Bool {
        condition.withLock {
            defer { nudged = false }
            return nudged
        }
    }

    /// Waits up to `seconds` (less when stopped, or nudged if `wakeOnNudge`); false once stopped.
    private func wait(for seconds: TimeInterval, wakeOnNudge: Bool) -> Bool {
        condition.withLock {
            let deadline = Date().addingTimeInterval(seconds)
            while !stopped && !(wakeOnNudge && nudged) && condition.wait(until: deadline) {}
            return !stopped
        }
    }

    private static func fileSize(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? UInt64
    }
}
