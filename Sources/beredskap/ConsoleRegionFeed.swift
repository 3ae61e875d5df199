import BeredskapConsole
import BeredskapRegion

/// The Region screen's view of the background reader: the console asks between frames, the reader's thread talks
/// to the region.
final class ConsoleRegionFeed: RegionFeedSource {
    private let watch: RegionWatch

    init(_ watch: RegionWatch) { self.watch = watch }

    var feed: RegionFeed {
        let status = watch.status
        let connection: RegionFeed.Connection = switch status.link {
        case .connecting: .connecting
        case .connected: .connected
        case .offline(let since, _): .offline(since: since)
        }
        return RegionFeed(picture: status.picture, connection: connection)
    }
}
