import BeredskapConsole
import BeredskapCore
import BeredskapRegion

/// The console's view of the background sync (`console --sync`): the console asks and nudges, the worker thread
/// talks to the region.
final class ConsoleRegionLink: RegionLinkSource {
    private let worker: BackgroundSync

    init(_ worker: BackgroundSync) { self.worker = worker }

    var link: RegionLink {
        switch worker.status {
        case .starting: .connecting
        case .synced(let seq, _): .synced(seq: seq)
        case .offline(let since, _): .offline(since: since)
        case .refused(let agreed): .refused(agreed: agreed)
        }
    }

    func journalAdvanced(_ state: State?, through seq: Int) {
        worker.nudge(state.map { RegionSync.Replayed(state: $0, seq: seq) })
    }
}
