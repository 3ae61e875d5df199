import BeredskapCore
import Foundation

/// The loop of `beredskap region console`: frame, key or timeout, the reader's latest picture, frame. The reader
/// runs on its own thread; the loop only asks it how things stand between frames, so a lost server never stops
/// the keys. Quits on q or when input ends; the terminal is restored either way (and on signals, by the backend).
@MainActor
public final class RegionConsoleApp {
    private let backend: NCursesBackend
    private let source: RegionFeedSource
    private var model: RegionConsoleModel

    public init(backend: NCursesBackend, source: RegionFeedSource, isExercise: Bool, timeZone: TimeZone = .current) {
        self.backend = backend
        self.source = source
        model = RegionConsoleModel(feed: source.feed, now: Date(), timeZone: timeZone, isExercise: isExercise)
    }

    public func run() {
        defer { backend.stop() }
        while true {
            backend.show(RegionConsoleView.render(model, size: backend.size))
            // The same poll as the hospital console's: what the reader got shows within a quarter of a second.
            let event = backend.nextEvent(waiting: ConsoleApp.pollMilliseconds)
            model.now = Date()
            model.region.feed = source.feed
            switch event {
            case .key(let key):
                if model.handle(key) { return }
            case .resize, .timeout:
                break
            case .endOfInput:
                return
            }
        }
    }
}
