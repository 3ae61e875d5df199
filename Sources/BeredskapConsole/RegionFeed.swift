import BeredskapCore
import Foundation

/// The regional picture as a background reader last read it, and how its connection stands: what the Region
/// screen shows (`beredskap region console`, and the hospital console's Region screen with `--sync`).
public struct RegionFeed: Hashable, Sendable {
    public enum Connection: Hashable, Sendable {
        /// The first attempt has not finished yet.
        case connecting
        case connected
        /// No contact since this moment; the reader keeps trying in the background.
        case offline(since: Date)
    }

    /// The last picture read, nil before the first; kept on screen (marked as stale) while offline.
    public var picture: RegionPicture?
    public var connection: Connection

    public init(picture: RegionPicture?, connection: Connection) {
        self.picture = picture
        self.connection = connection
    }

    /// The connection in words, times on `timeZone`'s clock.
    func words(timeZone: TimeZone) -> String {
        switch connection {
        case .connecting: "kobler til …"
        case .connected: "tilkoblet"
        case .offline(let since): "frakoblet siden \(Timestamps.clock(since, timeZone: timeZone)), prøver igjen"
        }
    }

    /// Whether the picture on screen may be out of date: the connection is down.
    var isStale: Bool {
        switch connection {
        case .connecting, .connected: false
        case .offline: true
        }
    }
}

/// The thread that reads the regional picture and listens for new rows. The console only asks it how things
/// stand, between frames; it never waits on the network. Implemented outside the console (the executable wires
/// BeredskapRegion's reader), so the console builds without a PostgreSQL client.
public protocol RegionFeedSource: AnyObject, Sendable {
    /// The last picture and the connection; returns at once.
    var feed: RegionFeed { get }
}
