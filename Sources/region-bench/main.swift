import BenchHistory
import BeredskapCore
import BeredskapJournal
import BeredskapPlaybooks
import BeredskapRegion
import BeredskapStore
import Foundation
import PostgresScratch

// region-bench [--hospitals N] [--events N] [--batch N] [--playbooks DIR] [--connection CONNINFO]
// N hospitals' journals of E events each (years of outages in the demo organisation, every event decided by Core)
// synced into PostgreSQL one after the other: lines/s, against plain COPY of the same rows into a table without
// the chain check (the floor), in the same run and the same server; then a second sync with nothing new, what one
// `console --sync` nudge costs on the first journal (quick sync with nothing and with one line new, against the full
// sync), and `region status` over all of them. Without --connection a throwaway cluster is started on a Unix socket
// (fsync off, as in the tests: the figures compare our work with the floor, not disks).
// Run in release from the repository: swift build -c release --product region-bench && .build/release/region-bench

let arguments = CommandLine.arguments
func value(_ name: String) -> String? { arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
let hospitals = value("--hospitals").flatMap(Int.init) ?? 20
let events = value("--events").flatMap(Int.init) ?? 50_000
let batch = value("--batch").flatMap(Int.init) ?? 5000
let playbooks = URL(fileURLWithPath: value("--playbooks") ?? "Playbooks").standardizedFileURL.path

func seconds<T>(_ work: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try work()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

struct BenchFailure: Error, CustomStringConvertible { let description: String }

let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "?"
print("region-bench: \(hospitals) hospitals x \(events) events, batches of \(batch) lines")
print("machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB\n")

guard var organisation = PlaybookLoader.load(directory: playbooks, now: Date()).organisation else {
    throw BenchFailure(description: "Playbooks i \(playbooks) har feil; kjør `beredskap lint \(playbooks)`.")
}
let cluster = value("--connection") == nil ? try ScratchCluster() : nil
defer { cluster?.remove() }
let conninfo = try value("--connection") ?? cluster!.newDatabase()
let connection = try RegionConnection(conninfo)
try RegionSchema.migrate(connection)

// 1. The journals.
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("region-bench-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }
var journals: [(path: String, organisation: Organisation)] = []
let (_, writeTime) = try seconds {
    for index in 1...hospitals {
        let path = "\(scratch)/sykehus-\(index).jsonl"
        organisation.name = String(format: "Sykehus %02d (fiktivt)", index)
        let end = Date()
        let writer = try HistoryWriter(path: path, organisation: organisation, start: end.addingTimeInterval(-4 * 365 * 86_400))
        try OutageHistory.write(events: events, into: writer, end: end)
        journals.append((path, organisation))
    }
}
let lineCount = journals.reduce(0) { sum, journal in
    sum + ((try? Data(contentsOf: URL(fileURLWithPath: journal.path)))?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0)
}
let bytes = journals.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
print(String(format: "Journals: %d lines, %.0f MiB, written by Core's decide in %.1f s.", lineCount, Double(bytes) / 1_048_576, writeTime))

// 2. The floor: the same rows by plain COPY in the same batches, into a table with the same key and no check.
try connection.executeScript("""
    CREATE TABLE floor_lines (journal uuid NOT NULL, seq bigint NOT NULL, prev bytea NOT NULL, h bytea NOT NULL,
                              line bytea NOT NULL, PRIMARY KEY (journal, seq))
    """)
var floorTime = 0.0
for journal in journals {
    guard let id = JournalReader.header(path: journal.path)?.id.uuidString else { throw BenchFailure(description: "no header") }
    let lines = try Data(contentsOf: URL(fileURLWithPath: journal.path)).split(separator: 0x0A)
    var prev = [UInt8](repeating: 0, count: 32)
    var rows: [CopyRows] = []
    for start in stride(from: 0, to: lines.count, by: batch) {
        var chunk = CopyRows()
        for seq in start..<min(lines.count, start + batch) {
            let line = Array(lines[lines.startIndex + seq])
            guard let h = Hex.decode(line[(line.count - 66)..<(line.count - 2)]) else { throw BenchFailure(description: "no h") }
            chunk.append([.text(id), .int(seq), .bytes(prev), .bytes(h), .bytes(line)])
            prev = h
        }
        rows.append(chunk)
    }
    let (_, time) = try seconds {
        for chunk in rows {
            try connection.transaction { () throws(RegionError) in
                try connection.copy(into: "floor_lines", columns: ["journal", "seq", "prev", "h", "line"], chunk)
            }
        }
    }
    floorTime += time
}

// 3. The sync, one journal after the other, as N hospitals coming back online would reach the region.
var sent = 0
let (_, syncTime) = try seconds {
    for journal in journals {
        sent += try RegionSync.sync(path: journal.path, organisation: journal.organisation, connection: connection, batchSize: batch).linesSent
    }
}
guard sent == lineCount else { throw BenchFailure(description: "sent \(sent) of \(lineCount) lines") }
// What one sync spends before the database: reading, verifying and replaying one journal.
let (_, readTime) = try seconds { _ = try IncidentStore.read(path: journals[0].path, organisation: journals[0].organisation) }
let (_, noOpTime) = try seconds {
    _ = try RegionSync.sync(path: journals[0].path, organisation: journals[0].organisation, connection: connection, batchSize: batch)
}

// 4. What one `console --sync` nudge costs on this journal: the console holds the state already (here: the store
// that appended), so the quick sync asks the region's head and sends what is new; the full sync reads and replays.
func median(_ runs: Int = 5, _ work: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(work).1) }
    return times.sorted()[runs / 2]
}
let console = try IncidentStore.open(path: journals[0].path, operatorName: "bench (fiktiv)", organisation: journals[0].organisation,
                                     now: Date())
let first = journals[0]
let appendOne = { () throws in _ = try console.execute(Command(by: "bench (fiktiv)", .log(nil, text: "Runde i sengepostene")), now: Date()) }
let quick = { () throws in
    let replayed = RegionSync.Replayed(state: console.state, seq: console.seal.seq)
    guard try RegionSync.quickly(path: first.path, replayed: replayed, connection: connection) != nil else {
        throw BenchFailure(description: "the quick sync stepped aside")
    }
}
let quickNothing = try median { try quick() }
let quickOne = try median { try appendOne(); try quick() }
let appendTime = try median { try appendOne() }
try quick()
let fullOne = try median(3) {
    try appendOne()
    _ = try RegionSync.sync(path: first.path, organisation: first.organisation, connection: connection, batchSize: batch)
}

// 5. The regional picture.
var statusTimes: [Double] = []
var picture: RegionPicture?
for _ in 0..<5 {
    let (read, time) = try seconds { try RegionPicture.read(connection, kind: .real, now: Date()) }
    statusTimes.append(time)
    picture = read
}
let open = picture?.hospitals.reduce(0) { $0 + $1.openIncidents.count } ?? 0

func rate(_ lines: Int, _ time: Double) -> String { String(format: "%.0f lines/s", Double(lines) / time) }
print("")
print("| measure | time | rate |")
print("|---|---:|---:|")
print(String(format: "| floor: plain COPY of the same rows, same batches | %.2f s |", floorTime) + " \(rate(lineCount, floorTime)) |")
print(String(format: "| beredskap sync (read, verify, replay, COPY with the chain check, decoded tables) | %.2f s |", syncTime)
    + " \(rate(lineCount, syncTime)) |")
print(String(format: "| sync / floor | %.2fx | |", syncTime / floorTime))
print(String(format: "| of which reading, verifying and replaying one journal of %d events | %.2f s | |", events, readTime))
print(String(format: "| a second sync of one journal, nothing new | %.2f s | |", noOpTime))
print(String(format: "| console nudge, nothing new: quick sync (median of 5) | %.1f ms | |", quickNothing * 1000))
print(String(format: "| console nudge, one line new: quick sync, with the append (median of 5) | %.1f ms | |", quickOne * 1000))
print(String(format: "| of which the append alone (median of 5) | %.1f ms | |", appendTime * 1000))
print(String(format: "| console nudge, one line new: full sync, with the append (median of 3) | %.2f s | |", fullOne))
print(String(format: "| region status, %d hospitals, %d open incidents (median of 5) | %.1f ms | |", picture?.hospitals.count ?? 0, open,
             statusTimes.sorted()[2] * 1000))
