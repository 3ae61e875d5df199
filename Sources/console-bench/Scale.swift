import BeredskapConsole
import BeredskapCore
import BeredskapJournal
import BeredskapPlaybooks
import BeredskapStore
import Foundation
import Glibc

/// The first frame as the journal grows (issue 14): an empty journal, then each size with a full replay and from
/// the snapshot, with the check behind the first frame timed on its own, and each size's peak memory measured in
/// a child process that opens the journal as the console does.
@MainActor
enum Scale {
    struct Journal {
        let label: String
        let path: String
        let events: Int
    }

    /// Prints the table and returns the median first frame from the snapshot for each journal, by label.
    static func measure(_ journals: [Journal], empty: String, playbooks: String, size: Size, operatorName: OperatorName,
                        runs: Int, bench: String) throws -> [String: Double] {
        var emptyFrame = FirstFrame(playbooks: playbooks, journal: empty, size: size, operatorName: operatorName, fromSnapshot: false)
        for _ in 0..<runs { try emptyFrame.run() }
        let floor = emptyFrame.figures.total.median
        print("### First frame as the journal grows (\(runs) runs each; ratio to the empty journal's first frame)\n")
        table("journal", "first frame, median", "p95", "ratio", "check behind it", "peak memory (console open, checked), resident after")
        let emptyMemory = try peak(empty, playbooks: playbooks, bench: bench)
        row("empty", ms(floor), ms(emptyFrame.figures.total.p95), "1.00x", "-", emptyMemory.text)
        var fromSnapshot: [String: Double] = [:]
        for journal in journals {
            var full = FirstFrame(playbooks: playbooks, journal: journal.path, size: size, operatorName: operatorName, fromSnapshot: false)
            for _ in 0..<max(runs / 3, 2) { try full.run() }
            try full.store?.writeSnapshot()
            var resumed = FirstFrame(playbooks: playbooks, journal: journal.path, size: size, operatorName: operatorName, fromSnapshot: true)
            var check = Sample()
            for _ in 0..<runs {
                try resumed.run()
                guard let job = resumed.store?.check else { throw BenchFailure("no check to run") }
                check.add(try Clock.seconds { job.run() }.1)
            }
            let memory = try peak(journal.path, playbooks: playbooks, bench: bench, events: journal.events,
                                  emptyResident: emptyMemory.resident).text
            row("\(journal.label), full replay", ms(full.figures.total.median), ms(full.figures.total.p95),
                String(format: "%.2fx", full.figures.total.median / floor), "-", "")
            row("\(journal.label), from the snapshot", ms(resumed.figures.total.median), ms(resumed.figures.total.p95),
                String(format: "%.2fx", resumed.figures.total.median / floor), ms(check.median), memory)
            fromSnapshot[journal.label] = resumed.figures.total.median
            print("")
            table("\(journal.label) from the snapshot: part", "median", "p95", "max")
            resumed.figures.printRows(totalLabel: "start to first frame")
            print("")
        }
        return fromSnapshot
    }

    /// The peak resident memory of a child process that opens the journal as the console does (snapshot, check
    /// taken in, model built): its VmHWM, the high-water mark of its own address space (`getrusage` would count the
    /// parent's, which the spawned child shares until it executes).
    /// Also its resident memory once open (VmRSS), and that per event above the empty journal's.
    static func peak(_ journal: String, playbooks: String, bench: String, events: Int = 0, emptyResident: Int = 0) throws
        -> (text: String, resident: Int)
    {
        let output = try Spawn.output([bench, "--peak-memory", journal, "--playbooks", playbooks])
        let numbers = output.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).compactMap { Int($0) }
        guard numbers.count == 3 else { throw BenchFailure("the peak-memory child said «\(output)»") }
        let (peak, resident) = (numbers[1], numbers[2])
        let perEvent = events > 0 ? String(format: ", %.0f B per event", Double(resident - emptyResident) * 1024 / Double(events)) : ""
        return (String(format: "%.0f MiB (resident %.0f MiB%@)", Double(peak) / 1024, Double(resident) / 1024, perEvent), resident)
    }

    /// The child's side of ``peak(_:playbooks:bench:)``.
    static func reportPeak(journal: String, playbooks: String) throws -> Never {
        guard let organisation = PlaybookLoader.load(directory: playbooks, now: Date()).organisation else {
            throw BenchFailure("Playbooks i \(playbooks) har feil")
        }
        let store = try IncidentStore.openFromSnapshot(path: journal, operatorName: "console-bench", organisation: organisation, now: Date())
        if let check = store.check { store.completeCheck(check.run()) }
        let model = ConsoleModel(store: store, now: Date(), operatorName: "console-bench")
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func kilobytes(_ field: String) -> Substring {
            status.split(separator: "\n").first { $0.hasPrefix(field + ":") }?
                .split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0"
        }
        print("\(model.timeline.lines.count) lines, peak kB \(kilobytes("VmHWM")), resident kB \(kilobytes("VmRSS"))")
        exit(0)
    }
}
