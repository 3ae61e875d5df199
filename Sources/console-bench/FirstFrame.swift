import BeredskapConsole
import BeredskapCore
import BeredskapPlaybooks
import BeredskapStore
import Foundation

/// Start to first frame inside one process, in the order `beredskap console` does it: load the playbooks, open
/// the journal (from its snapshot, or a full replay), start ncurses on a fresh terminal, build the model, render,
/// and draw.
@MainActor
struct FirstFrame {
    private(set) var figures: Breakdown
    /// The last run's console, kept for the key measurements.
    private(set) var store: IncidentStore?
    private(set) var model: ConsoleModel?
    private(set) var backend: NCursesBackend?
    private(set) var terminal: PseudoTerminal?

    let playbooks: String
    let journal: String
    let size: Size
    let operatorName: OperatorName
    /// Open as the console does, from the snapshot beside the journal; false replays the whole journal.
    let fromSnapshot: Bool

    init(playbooks: String, journal: String, size: Size, operatorName: OperatorName, fromSnapshot: Bool) {
        self.playbooks = playbooks
        self.journal = journal
        self.size = size
        self.operatorName = operatorName
        self.fromSnapshot = fromSnapshot
        figures = Breakdown(["load Playbooks/", fromSnapshot ? "open the journal (snapshot + lines after it)" : "open the journal (full replay)",
                             "start ncurses (newterm)", "build ConsoleModel", "render the Grid", "draw via ncurses (first, full frame)"])
    }

    mutating func run() throws {
        // The previous run's store is freed first and outside the timing: a console never tears one down before
        // its first frame. The terminal exists before the program starts, so opening it is not timed either.
        store = nil
        model = nil
        backend?.stop()
        let terminal = try PseudoTerminal(size: size)
        var laps = Laps()
        let report = PlaybookLoader.load(directory: playbooks, now: Date())
        guard let organisation = report.organisation, report.errors.isEmpty else {
            throw BenchFailure("Playbooks i \(playbooks) har feil; kjør `beredskap lint \(playbooks)`.")
        }
        laps.lap()
        let store = fromSnapshot
            ? try IncidentStore.openFromSnapshot(path: journal, operatorName: operatorName, organisation: organisation, now: Date())
            : try IncidentStore.open(path: journal, operatorName: operatorName, organisation: organisation, now: Date())
        if fromSnapshot, store.unchecked == nil { throw BenchFailure("\(journal) has no usable snapshot") }
        laps.lap()
        guard let backend = NCursesBackend(terminalType: "xterm-256color", outputDescriptor: terminal.terminal,
                                           inputDescriptor: terminal.terminal)
        else { throw BenchFailure("ncurses could not start on the pseudo-terminal") }
        laps.lap()
        let model = ConsoleModel(store: store, now: Date(), operatorName: operatorName)
        laps.lap()
        let grid = ConsoleView.render(model, size: backend.size)
        laps.lap()
        backend.draw(grid)
        laps.lap()

        figures.add(laps)
        guard backend.size == size else { throw BenchFailure("ncurses sees \(backend.size), not \(size)") }
        self.store = store
        self.model = model
        self.backend = backend
        self.terminal = terminal
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
