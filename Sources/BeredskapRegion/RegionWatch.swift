import BeredskapCore
import Foundation

/// The regional picture kept fresh on a thread of its own (`region console`, the hospital console's Region screen),
/// so no libpq call is ever made on the key loop's thread. The thread holds its own connection, `LISTEN`s on the
/// kind's channel (``RegionKind/channel``), which every sync notifies when it commits, and reads the picture again
/// after each burst of notifications, and at least every `refreshEvery` seconds. A lost server is told as
/// «offline» while the last picture stays; the thread connects again after 1, 2, 4 ... up to 30 seconds, each
/// attempt bounded by libpq's connect_timeout.
public final class RegionWatch: @unchecked Sendable {
    public enum Link: Sendable, Equatable {
        case connecting
        case connected
        /// No contact since `since`; `reason` is the last error in Norwegian.
        case offline(since: Date, reason: String)
    }

    /// What the thread knows now: the last picture it read (nil before the first) and how the link stands.
    public struct Status: Sendable {
        public var picture: RegionPicture?
        public var link: Link
    }

    private let conninfo: String
    private let kind: RegionKind
    private let connectTimeout: Int
    private let refreshEvery: TimeInterval
    /// How long one wait on the socket lasts, so a stop is noticed soon.
    private static let slice: TimeInterval = 0.25

    /// Guards everything below.
    private let condition = NSCondition()
    private var current = Status(picture: nil, link: .connecting)
    private var stopped = false

    public init(conninfo: String, kind: RegionKind, connectTimeout: Int = 3, refreshEvery: TimeInterval = 60) {
        self.conninfo = conninfo
        self.kind = kind
        self.connectTimeout = connectTimeout
        self.refreshEvery = refreshEvery
    }

    /// Starts the thread.
    public func start() {
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The last picture and the link; returns at once.
    public var status: Status { condition.withLock { current } }

    /// Asks the thread to end after what it is doing; returns at once.
    public func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private var isStopped: Bool { condition.withLock { stopped } }

    private func work() {
        var backoff: TimeInterval = 1
        while !isStopped {
            do {
                try follow { backoff = 1 }
                return
            } catch {
                condition.withLock {
                    let since: Date = if case .offline(let since, _) = current.link { since } else { Date() }
                    current.link = .offline(since: since, reason: error.norwegian)
                }
                guard wait(for: backoff) else { return }
                backoff = min(30, backoff * 2)
            }
        }
    }

    /// Connects, listens and reads until stopped (returns) or the connection fails (throws).
    private func follow(connected: () -> Void) throws(RegionError) {
        let connection = try RegionConnection(conninfo, timeout: connectTimeout)
        // Listening first: a sync that commits between the read and the LISTEN would otherwise go unseen.
        try connection.listen(kind.channel)
        try read(connection)
        connected()
        var lastRead = Date()
        while !isStopped {
            var arrived = try !connection.notifications(waiting: Self.slice).isEmpty
            // A burst (several hospitals syncing at once) is read once: take what else came in meanwhile.
            while arrived, try !connection.notifications(waiting: 0).isEmpty {}
            if Date().timeIntervalSince(lastRead) >= refreshEvery { arrived = true }
            if arrived {
                try read(connection)
                lastRead = Date()
            }
        }
    }

    private func read(_ connection: RegionConnection) throws(RegionError) {
        let picture = try RegionPicture.read(connection, kind: kind, now: Date())
        condition.withLock { current = Status(picture: picture, link: .connected) }
    }

    /// Waits up to `seconds` (less when stopped); false once stopped.
    private func wait(for seconds: TimeInterval) -> Bool {
        condition.withLock {
            let deadline = Date().addingTimeInterval(seconds)
            while !stopped && condition.wait(until: deadline) {}
            return !stopped
        }
    }
}
