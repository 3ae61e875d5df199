import BeredskapConsole
import BeredskapCore
import BeredskapStore
import Foundation

/// Key press to next frame, as `ConsoleApp` handles a key: the clock moves on, the model takes the key, and the
/// frame is rendered and drawn through ncurses.
@MainActor
struct KeyPresses {
    private(set) var model: ConsoleModel
    let store: IncidentStore
    let backend: NCursesBackend
    let size: Size

    init(model: ConsoleModel, store: IncidentStore, backend: NCursesBackend) {
        self.model = model
        self.store = store
        self.backend = backend
        size = backend.size
    }

    static let keyParts = ["handle the key", "render the Grid", "draw via ncurses"]

    /// The screens a console shows without `--sync`: the Region screen needs the regional picture, which the region
    /// benchmark measures.
    static let screens = ScreenID.allCases.filter { $0 != .region }

    /// One press and its frame, timed by part. Presses that are not counted still draw, so that ncurses always
    /// holds the frame before, as it does in the console.
    @discardableResult
    mutating func press(_ key: Key) -> Laps {
        var laps = Laps()
        model.now = Date()
        _ = model.handle(key)
        laps.lap()
        let grid = ConsoleView.render(model, size: size)
        laps.lap()
        backend.draw(grid)
        laps.lap()
        return laps
    }

    /// The key that shows `screen`, from the console's key table.
    static func key(for screen: ScreenID) -> Key {
        guard let binding = KeyBindings.all.first(where: { $0.action == .show(screen) }) else {
            preconditionFailure("no key shows \(screen)")
        }
        return binding.key
    }

    /// Switching to `screen` from the screen before it, `count` times.
    mutating func switching(to screen: ScreenID, count: Int) -> Breakdown {
        let screens = Self.screens
        let from = screens[(screens.firstIndex(of: screen)! + screens.count - 1) % screens.count]
        var figures = Breakdown(Self.keyParts)
        for _ in 0..<count {
            press(Self.key(for: from))
            figures.add(press(Self.key(for: screen)))
        }
        return figures
    }

    /// Down and up in turn on `screen`, each moving the selection or the view; the first `warmUp` are not counted.
    mutating func navigating(on screen: ScreenID, count: Int, warmUp: Int = 10) -> Breakdown {
        press(Self.key(for: screen))
        precondition(model.screen == screen, "the key for \(screen) did not show it")
        // The timeline follows the newest line; scroll a hundred lines back so that down and up move the view.
        if screen == .timeline { for _ in 0..<10 { press(.pageUp) } }
        var figures = Breakdown(Self.keyParts)
        for index in 0..<(warmUp + count) {
            let laps = press(index.isMultiple(of: 2) ? .down : .up)
            if index >= warmUp { figures.add(laps) }
        }
        return figures
    }

    static let saveParts = ["handle Enter", "durable write (IncidentStore.execute)", "sync the model with the store",
                            "render the Grid", "draw via ncurses"]

    /// Enter on a typed log line on the timeline, as ConsoleApp.execute does it: decide and write durably, take
    /// the store's new state and timeline into the model, then draw.
    mutating func savingLogLines(count: Int) throws -> Breakdown {
        press(Self.key(for: .timeline))
        // Browsing the incident list may have selected a closed incident, which takes no new lines.
        model.selectedIncident = store.state.openIncidents.first?.id
        var figures = Breakdown(Self.saveParts)
        for index in 0..<count {
            press(.character("l"))
            for character in "Benk \(index): status fra leverandøren" { press(.character(character)) }
            var laps = Laps()
            model.now = Date()
            guard case .execute(let command) = model.handle(.enter) else { throw BenchFailure("Enter did not save the log line") }
            laps.lap()
            let entries = try store.execute(command, now: model.now)
            laps.lap()
            model.sync(with: store)
            model.saved(entries)
            laps.lap()
            let grid = ConsoleView.render(model, size: size)
            laps.lap()
            backend.draw(grid)
            laps.lap()
            figures.add(laps)
        }
        return figures
    }

    static let pollParts = ["read the new line (IncidentStore.refresh)", "sync the model with the store", "render the Grid",
                            "draw via ncurses"]

    /// The poll after another terminal saved a line: what ConsoleApp does on a timeout, on the timeline.
    mutating func pollingAfterOtherTerminal(count: Int) throws -> Breakdown {
        press(Self.key(for: .timeline))
        let other = try IncidentStore.open(path: store.path, operatorName: "annen terminal", organisation: store.state.organisation,
                                           now: Date())
        var figures = Breakdown(Self.pollParts)
        for index in 0..<count {
            try other.execute(Command(by: "annen terminal", .log(nil, text: "Fra en annen terminal \(index)")), now: Date())
            var laps = Laps()
            model.now = Date()
            try store.refresh()
            laps.lap()
            model.sync(with: store)
            laps.lap()
            let grid = ConsoleView.render(model, size: size)
            laps.lap()
            backend.draw(grid)
            laps.lap()
            figures.add(laps)
        }
        return figures
    }
}
