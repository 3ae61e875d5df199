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

    public init(store: IncidentStore, backend: NCursesBackend, operatorName: OperatorName, screen: ScreenID = .overview) {
        store.lockWaiting = Self.lockWaiting
        self.store = store
        self.backend = backend
        model = ConsoleModel(store: store, now: Date(), operatorName: operatorName, screen: screen)
    }

    /// Runs until the operator quits or input ends; the terminal is restored either way.
    public func run() {
        defer { backend.stop() }
        while true {
            backend.draw(ConsoleView.render(model, size: backend.size))
            switch backend.nextEvent(waiting: Self.pollMilliseconds) {
            case .key(let key):
                model.now = Date()
                switch model.handle(key) {
                case .none: break
                case .execute(let command): execute(command)
                case .quit: return
                }
            case .resize, .timeout:
                refresh()
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
        } catch {
            model.sync(with: store)
            model.fail(error)
        }
    }

    /// Picks up other terminals' entries and moves the clocks on.
    private func refresh() {
        model.now = Date()
        do {
            try store.refresh()
            model.lockReleased()
        } catch JournalError.locked(_, let holders) {
            model.journalStatus = .waiting(holders)
        } catch {
            model.fail(error)
        }
        model.sync(with: store)
    }
}
