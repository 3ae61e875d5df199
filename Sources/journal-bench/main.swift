import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

// journal-bench [--quick] [--dir DIR]: durable appends and replay+verify, with the floor and a peer, and checkpoints
// (signing, proofs, appends with the Merkle tree), as tables.
// Run in release: swift run -c release journal-bench

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let parent = arguments.firstIndex(of: "--dir").map { arguments[$0 + 1] } ?? FileManager.default.currentDirectoryPath + "/.build"
let appendCount = quick ? 300 : 2000
let replaySizes = quick ? [10_000] : [100_000, 1_000_000]

func row(_ cells: String...) { print(cells.joined(separator: " | ")) }
func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
func rate(_ perSecond: Double) -> String { String(format: "%.0f/s", perSecond) }

let scratch = try ScratchDirectory(parent: parent)
defer { scratch.cleanUp() }
print("journal-bench (\(quick ? "quick" : "full")), files under \(scratch.path)\n")

// Durable appends: one event per append, each fdatasync'd before the next.
let appendPath = scratch.path + "/appends.jsonl"
let writer = try JournalWriter.create(path: appendPath, kind: .exercise, created: Date())
let drafts = try Workload.make(count: appendCount).map(EventCodec.draft)
var latencies: [Double] = []
let (_, appendTotal) = try Measure.seconds {
    for draft in drafts {
        latencies.append(try Measure.seconds { try writer.append([draft]) }.1)
    }
}
latencies.sort()
let batch = 100
let (_, groupTotal) = try Measure.seconds {
    for start in stride(from: 0, to: drafts.count, by: batch) {
        _ = try writer.append(Array(drafts[start..<min(drafts.count, start + batch)]))
    }
}
let peer = SQLitePeer.run(directory: scratch.path, count: appendCount)

row("durable appends (\(appendCount))", "per second", "p50", "p99")
row("---", "---:", "---:", "---:")
row("beredskap journal, 1 event per append", rate(Double(appendCount) / appendTotal),
    ms(Measure.percentile(latencies, 0.5)), ms(Measure.percentile(latencies, 0.99)))
row("beredskap journal, \(batch) events per append (group commit)", rate(Double(appendCount) / groupTotal), "-", "-")
if let peer {
    row("peer: python sqlite3 WAL synchronous=FULL, 1 row per commit", rate(peer.perSecond), ms(peer.p50), ms(peer.p99))
} else {
    row("peer: python sqlite3", "python3 not found", "-", "-")
}

// Replay+verify against the floor (read + SHA-256 of every line, no decoding).
print("")
row("replay + verify", "events", "file", "floor: read+hash (1 core)", "journal read+verify (records)",
    "read+verify+decode (one pass, all cores)", "fold into state", "replay into state (all)", "replay / floor")
row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
for size in replaySizes {
    let path = scratch.path + "/replay-\(size).jsonl"
    let generator = try JournalWriter.create(path: path, kind: .exercise, created: Date())
    let events = try Workload.make(count: size).map(EventCodec.draft)
    for start in stride(from: 0, to: events.count, by: 5000) {
        _ = try generator.append(Array(events[start..<min(events.count, start + 5000)]))
    }
    let megabytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
    let runs = size >= 1_000_000 ? 3 : 5
    let floor = try Measure.best(of: runs) { _ = try Floor.readAndHash(path: path) }
    let read = try Measure.best(of: runs) { _ = try JournalReader.read(path: path) }
    let decode = try Measure.best(of: runs) { _ = try JournalReader.read(path: path, as: TimelineEntry.self) }
    let entries = try JournalReader.read(path: path, as: TimelineEntry.self).records
    let fold = Measure.best(of: runs) {
        var state = State()
        for entry in entries { if let event = entry.event { state.fold(event, seq: entry.seq) } }
    }
    // The store is kept past the timing, as a console keeps it: tearing down a million records is not replay.
    var store: IncidentStore?
    var replay = Double.infinity
    for _ in 0..<runs {
        store = nil
        let (opened, seconds) = try Measure.seconds { try IncidentStore.open(path: path, operatorName: "bench", now: Date()) }
        store = opened
        replay = min(replay, seconds)
    }
    let replayedEvents = store?.state.lastSeq ?? 0
    store = nil
    precondition(replayedEvents == size, "replay folded \(replayedEvents) of \(size) events")
    row("\(size / 1000)k events", "\(size)", String(format: "%.0f MiB", megabytes), ms(floor), ms(read), ms(decode), ms(fold),
        ms(replay), String(format: "%.2fx", replay / floor))
}

try CheckpointBench.run(scratch: scratch.path, drafts: drafts, sizes: replaySizes) { scratch.path + "/replay-\($0).jsonl" }
