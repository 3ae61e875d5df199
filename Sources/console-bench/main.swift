import BenchHistory
import BeredskapConsole
import BeredskapCore
import BeredskapPlaybooks
import BeredskapStore
import Foundation

// console-bench [--events N] [--archive N] [--runs N] [--presses N] [--playbooks DIR] [--keep] [--quick] [--journal DIR] [--no-tmux]
// --journal reuses a journal a --keep run left (for profiling); --no-tmux skips the real binary; --archive 0 skips
// the archive-sized journal (1M events by default, 100k with --quick).
// Start to first frame with an empty, a 100k-event and a 1M-event journal (full replay and from the snapshot), peak
// memory, and key press to next frame on every screen, at 200x60.
// Run in release from the repository: swift build -c release --product console-bench && .build/release/console-bench
// The tmux figure needs the release `beredskap` beside it: swift build -c release --product beredskap

let arguments = CommandLine.arguments
func value(_ name: String) -> String? { arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
if let journal = value("--peak-memory") {
    try MainActor.assumeIsolated { try Scale.reportPeak(journal: journal, playbooks: value("--playbooks") ?? "Playbooks") }
}
let quick = arguments.contains("--quick")
let eventCount = value("--events").flatMap(Int.init) ?? (quick ? 10_000 : 100_000)
let archiveCount = value("--archive").flatMap(Int.init) ?? (quick ? 100_000 : 1_000_000)
let runs = value("--runs").flatMap(Int.init) ?? (quick ? 3 : 11)
let presses = value("--presses").flatMap(Int.init) ?? (quick ? 40 : 300)
let playbooks = URL(fileURLWithPath: value("--playbooks") ?? "Playbooks").standardizedFileURL.path
let keep = arguments.contains("--keep")
let reused = value("--journal")
let withTmux = !arguments.contains("--no-tmux")
let size = Size(rows: 60, columns: 200)
let operatorName: OperatorName = "console-bench"
let firstFrameAim = 0.100
let archiveFrameAim = 0.150
let keyAim = 0.016

func percent(_ part: Double, of whole: Double) -> String { String(format: "%.0f %%", part / whole * 100) }
func verdict(_ seconds: Double, aim: Double) -> String { seconds < aim ? "met" : String(format: "missed (%.1fx the aim)", seconds / aim) }

let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "?"
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
print("console-bench: \(eventCount) events, \(runs) runs, \(presses) presses per screen, \(size.columns)x\(size.rows)")
print("machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
    + "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB; load average at start \(load)\n")

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("console-bench-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { if !keep { try? FileManager.default.removeItem(atPath: scratch) } }
let location = JournalLocation(directory: reused ?? scratch + "/journal")

// 1. The journal: years of outages in the demo organisation and a busy night, every event decided by Core.
guard let organisation = PlaybookLoader.load(directory: playbooks, now: Date()).organisation else {
    throw BenchFailure("Playbooks i \(playbooks) har feil; kjør `beredskap lint \(playbooks)`.")
}
/// Writes a journal of `events` events at `path`, as years of outages ending now.
func writeHistory(events: Int, path: String, years: Double) throws -> (HistoryWriter, Double) {
    let end = Date()
    return try Clock.seconds {
        let writer = try HistoryWriter(path: path, organisation: organisation, start: end.addingTimeInterval(-years * 365 * 86_400))
        try OutageHistory.write(events: events, into: writer, end: end)
        return writer
    }
}
let archive = JournalLocation(directory: scratch + "/archive")
if reused == nil {
    let (history, buildTime) = try writeHistory(events: eventCount, path: location.realPath, years: 4)
    let fileSize = (try FileManager.default.attributesOfItem(atPath: location.realPath)[.size] as? Int) ?? 0
    let openIncidents = history.state.openIncidents
    print("Journal \(location.realPath): \(history.events) events, \(String(format: "%.0f MiB", Double(fileSize) / 1_048_576)), "
        + "\(history.state.incidents.count) incidents (\(openIncidents.count) open, level \(history.state.level.word)), written by Core's "
        + "decide in \(history.commits) group commits of up to 1000 events, \(String(format: "%.1f s", buildTime)).")
    if let selected = openIncidents.first {
        print("Selected at start: \(selected.id), \(selected.duties.count) notifications, \(selected.tasks.count) tasks, "
            + "\(selected.forms.count) forms, \(history.state.organisation.procedures(for: selected).count) procedures.\n")
    }
    if archiveCount > 0 {
        let (history, buildTime) = try writeHistory(events: archiveCount, path: archive.realPath, years: 40)
        let fileSize = (try FileManager.default.attributesOfItem(atPath: archive.realPath)[.size] as? Int) ?? 0
        print("Archive \(archive.realPath): \(history.events) events, \(String(format: "%.0f MiB", Double(fileSize) / 1_048_576)), "
            + "\(history.state.incidents.count) incidents, \(String(format: "%.1f s", buildTime)).\n")
    }
} else {
    print("Journal \(location.realPath), reused as it is.\n")
}

// 2. Start to first frame as the journal grows, with and without the snapshot, and peak memory.
let empty = JournalLocation(directory: scratch + "/empty")
_ = try IncidentStore.create(path: empty.realPath, kind: .real, now: Date())
let bench = URL(fileURLWithPath: arguments[0]).standardizedFileURL.path
var journals = [Scale.Journal(label: "\(eventCount / 1000)k events", path: location.realPath, events: eventCount)]
if reused == nil, archiveCount > 0 {
    journals.append(Scale.Journal(label: "\(archiveCount / 1000)k events", path: archive.realPath, events: archiveCount))
}
let scaleFigures = try Scale.measure(journals, empty: empty.realPath, playbooks: playbooks, size: size,
                                     operatorName: operatorName, runs: runs, bench: bench)

// 3. Start to first frame as the console does it (from the snapshot), in the process; the model for the keys.
var first = FirstFrame(playbooks: playbooks, journal: location.realPath, size: size, operatorName: operatorName, fromSnapshot: true)
for _ in 0..<runs { try first.run() }
guard let store = first.store, var model = first.model, let backend = first.backend, let terminal = first.terminal else {
    throw BenchFailure("no run finished")
}
// As the console does once the check behind its first frame is done: the keys and the pieces below are measured on
// the whole state (closed incidents put back) and the whole timeline.
if let check = store.check { store.completeCheck(check.run()) }
model.sync(with: store)
let firstFrameBytes = terminal.settledCount()
print("### Start to first frame, in the process (\(runs) runs, \(size.columns)x\(size.rows), pseudo-terminal)\n")
table("part", "median", "p95", "max")
first.figures.printRows(totalLabel: "start to first frame")
row("first run in the process (cold caches)", ms(first.figures.total.values[0]), "", "")
print("\nThe first frame sends \(firstFrameBytes) bytes to the terminal (ncurses start-up included).\n")

let startParts = try StartParts.measure(path: location.realPath, store: store, runs: max(runs / 2, 3))
print("### Where the replay and the model's time goes (\(max(runs / 2, 3)) runs, each piece on its own)\n")
table("piece", "median", "p95", "max")
startParts.printRows()
print("")

// 4. Key press to next frame on every screen.
var keys = KeyPresses(model: model, store: store, backend: backend)
var navigation: [(ScreenID, Breakdown, Int)] = []
var switching: [(ScreenID, Breakdown)] = []
for screen in KeyPresses.screens {
    let figures = keys.navigating(on: screen, count: presses)
    let before = terminal.settledCount()
    for index in 0..<20 { keys.press(index.isMultiple(of: 2) ? .down : .up) }
    navigation.append((screen, figures, (terminal.settledCount() - before) / 20))
    switching.append((screen, keys.switching(to: screen, count: max(presses / 10, 5))))
}
print("### Key press to next frame: ↓ and ↑ in turn (\(presses) presses per screen after 10 not counted)\n")
table("screen", "median", "p95", "max", "handle (median)", "render (median)", "draw (median)", "bytes per frame")
for (screen, figures, bytes) in navigation {
    row(screen.title, ms(figures.total.median), ms(figures.total.p95), ms(figures.total.max), ms(figures.samples[0].median),
        ms(figures.samples[1].median), ms(figures.samples[2].median), "\(bytes)")
}
print("\n### Key press to next frame: switching to the screen (\(max(presses / 10, 5)) presses per screen)\n")
table("screen", "median", "p95", "max", "handle (median)", "render (median)", "draw (median)")
for (screen, figures) in switching {
    row(screen.title, ms(figures.total.median), ms(figures.total.p95), ms(figures.total.max), ms(figures.samples[0].median),
        ms(figures.samples[1].median), ms(figures.samples[2].median))
}
let busiest = navigation.max { $0.1.total.median < $1.1.total.median }!
print("\nBusiest screen: \(busiest.0.title) (median \(ms(busiest.1.total.median)), p95 \(ms(busiest.1.total.p95)) per key).\n")

// 5. The real binary in a tmux pane.
let binary = URL(fileURLWithPath: arguments[0]).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("beredskap").path
var tmuxFigures: (start: Sample, process: Sample)?
if !withTmux {
    print("(--no-tmux: no figure for the real binary)\n")
} else if !TmuxStart.isInstalled {
    print("(tmux is not installed: no figure for the real binary)\n")
} else if !FileManager.default.isExecutableFile(atPath: binary) {
    print("(no \(binary): build it with `swift build -c release --product beredskap` for the real binary's figure)\n")
} else {
    let tmux = TmuxStart(binary: binary, arguments: ["console", "--journal", location.directory, "--playbooks", playbooks,
                                                     "--operator", operatorName.rawValue], size: size, scratch: scratch)
    var starts = Sample()
    var processes = Sample()
    for index in 0..<runs { starts.add(try tmux.once(index)) }
    for _ in 0..<5 { processes.add(try tmux.processStart()) }
    tmuxFigures = (starts, processes)
    print("### The real binary: `beredskap console --journal DIR` in a \(size.columns)x\(size.rows) tmux pane (\(runs) runs)\n")
    table("measure", "median", "p95", "max")
    row("exec to first frame on the pane (banner bytes reach tmux)", ms(starts.median), ms(starts.p95), ms(starts.max))
    row("for scale: `beredskap --help`, start to exit", ms(processes.median), ms(processes.p95), ms(processes.max))
    print("")
}

// 6. The keys that write: Enter on a log line, and the poll that shows another terminal's line.
let saves = max(presses / 10, 5)
let saving = try keys.savingLogLines(count: saves)
print("### Enter on a log line, on the timeline: durable write to next frame (\(saves) saves)\n")
table("part", "median", "p95", "max")
saving.printRows(totalLabel: "Enter to next frame")
let polling = try keys.pollingAfterOtherTerminal(count: saves)
print("\n### Another terminal saved a line: the poll that shows it (\(saves) lines)\n")
table("part", "median", "p95", "max")
polling.printRows(totalLabel: "poll to next frame")

// Against the aims (release build).
print("\n### Against the aims\n")
table("aim", "measured (median / p95)", "verdict")
row("first frame < 100 ms (in the process, \(eventCount / 1000)k events)", "\(ms(first.figures.total.median)) / \(ms(first.figures.total.p95))",
    verdict(first.figures.total.median, aim: firstFrameAim))
for journal in journals.dropFirst() {
    if let figure = scaleFigures[journal.label] {
        row("first frame < 150 ms (in the process, \(journal.label))", ms(figure), verdict(figure, aim: archiveFrameAim))
    }
}
if let tmuxFigures {
    row("first frame < 100 ms (real binary in tmux)", "\(ms(tmuxFigures.start.median)) / \(ms(tmuxFigures.start.p95))",
        verdict(tmuxFigures.start.median, aim: firstFrameAim))
}
row("key press to frame < 16 ms, busiest screen (\(busiest.0.title))", "\(ms(busiest.1.total.median)) / \(ms(busiest.1.total.p95))",
    verdict(busiest.1.total.p95, aim: keyAim))
row("Enter on a log line to frame < 16 ms", "\(ms(saving.total.median)) / \(ms(saving.total.p95))", verdict(saving.total.p95, aim: keyAim))
let replay = first.figures.samples[1].median
print("\nOf the first frame, opening the journal is \(percent(replay, of: first.figures.total.median)) (\(ms(replay)));"
    + " building the model \(percent(first.figures.samples[3].median, of: first.figures.total.median)).")
if keep { print("Journal kept: beredskap console --journal \(location.directory) --playbooks \(playbooks)") }
