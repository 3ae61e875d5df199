import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// The loop: key -> model -> maybe a command -> durable write -> frame. Polls about four times a second so
/// other terminals' entries show within a second. Refusals and journal errors are shown, never fatal.
@MainActor
public final class ConsoleApp {
    private let store: IncidentStore
    private let backend: NCursesBackend
    private var model: ConsoleModel
    static let pollMilliseconds: Int32 = 250
    /// Another terminal holds the lock for milliseconds; a stopped process holds it for ever. The console waits
    /// this long, then shows the holder in the header and tries again on the next poll, so it keeps drawing.
    static let lockWaiting = LockWaiting.atMost(.milliseconds(200))
    /// A snapshot of the state is written when this many lines were added since the last one, while idle, and
    /// always on quitting: the next start then replays only what came after.
    static let snapshotEvery = 1000
    /// The check of a snapshot's part of the journal, running on its own thread; nil once taken in.
    private var pendingCheck: BackgroundResult<SnapshotCheck.Result>?
    /// The background copy to the region (`--sync`), asked between frames and never waited on.
    private let region: RegionLinkSource?
    /// The regional picture read in the background (`--sync`), for the Region screen.
    private let regionFeed: RegionFeedSource?

    /// `warning` (a journal every account can read, say) is the first message on the screen; `region` is the
    /// background copy to the region (`--sync`) and `regionFeed` the regional picture read beside it.
    public init(store: IncidentStore, backend: NCursesBackend, operatorName: OperatorName, screen: ScreenID = .overview,
                warning: String? = nil, region: RegionLinkSource? = nil, regionFeed: RegionFeedSource? = nil) {
        store.lockWaiting = Self.lockWaiting
        store.signsCheckpointsAtOnce = false
        self.store = store
        self.backend = backend
        self.region = region
        self.regionFeed = regionFeed
        model = ConsoleModel(store: store, now: Date(), operatorName: operatorName, screen: screen)
        if let warning { model.message = ConsoleModel.Message(text: warning, isError: true) }
        model.regionLink = region?.link
        model.region = regionFeed.map { RegionState(feed: $0.feed) }
        pendingCheck = store.check.map { check in BackgroundResult { check.run() } }
        advanceRegion()
    }

    /// Runs until the operator quits or input ends; the terminal is restored either way.
    public func run() {
        defer {
            backend.stop()
            if store.linesSinceSnapshot > 0 { try? store.writeSnapshot() }
            // A checkpoint made due by the last keys is signed before leaving; `verify` reports one that fails.
            if let signing = store.checkpointSigning { try? store.signCheckpointIfDue(with: signing, now: Date()) }
        }
        while true {
            backend.show(ConsoleView.render(model, size: backend.size))
            let event = backend.nextEvent(waiting: Self.pollMilliseconds)
            takeInCheck()
            model.regionLink = region?.link
            if let regionFeed { model.region?.feed = regionFeed.feed }
            switch event {
            case .key(let key):
                model.now = Date()
                switch model.handle(key) {
                case .none: break
                case .execute(let command): execute(command)
                case .quit: return
                }
            case .resize, .timeout:
                refresh()
                if store.linesSinceSnapshot >= Self.snapshotEvery { try? store.writeSnapshot() }
                signCheckpointIfDue()
            case .endOfInput:
                return
            }
        }
    }

    /// Writes durably, and only then says «lagret»; on failure the typed text stays.
    private func execute(_ command: Command) {
        do {
            let entries = try store.execute(command, now: model.now)
            model.sync(with: store)
            model.saved(entries)
            advanceRegion()
        } catch {
            model.sync(with: store)
            model.fail(error)
        }
    }

    /// Takes in the snapshot check once it is done: the whole timeline, and read-only with the damage alarm if the
    /// journal before the snapshot turned out damaged.
    private func takeInCheck() {
        guard let result = pendingCheck?.value else { return }
        pendingCheck = nil
        store.completeCheck(result)
        model.sync(with: store)
        if let damage = store.damage { model.fail(JournalError.readOnly(damage)) }
        advanceRegion()
    }

    /// Tells the background copy to the region that the journal moved on, with the state once it is whole and
    /// checked (opened from a snapshot, it is neither until the check behind the first frame is taken in).
    private func advanceRegion() {
        guard let region else { return }
        let whole = store.isWhole && store.unchecked == nil && store.damage == nil
        region.journalAdvanced(whole ? store.state : nil, through: store.seal.seq)
    }

    /// Signs the checkpoint a phase change or level decision made due, or the hourly one, in an idle moment.
    private func signCheckpointIfDue() {
        guard let signing = store.checkpointSigning else { return }
        do {
            try store.signCheckpointIfDue(with: signing, now: model.now)
        } catch {
            model.message = .init(text: CheckpointFailureText.norwegian(error), isError: true)
        }
    }

    /// Picks up other terminals' entries and moves the clocks on.
    private func refresh() {
        model.now = Date()
        do {
            if try !store.refresh().isEmpty { advanceRegion() }
            model.lockReleased()
        } catch JournalError.locked(_, let holders) {
            model.journalStatus = .waiting(holders)
        } catch {
            model.fail(error)
        }
        model.sync(with: store)
    }
}
