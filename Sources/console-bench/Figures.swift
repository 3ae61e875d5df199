import Foundation

/// Monotonic wall-clock timing and the summaries the tables print.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    static func seconds<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try work()
        return (result, seconds(since: start))
    }
}

/// Timings of one measured thing over several runs: median, p95 (nearest rank) and max.
struct Sample {
    private(set) var values: [Double] = []

    mutating func add(_ seconds: Double) { values.append(seconds) }

    var count: Int { values.count }
    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var max: Double { values.max() ?? .nan }
    var min: Double { values.min() ?? .nan }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * p).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }
}

func ms(_ seconds: Double) -> String { seconds.isNaN ? "-" : String(format: "%.2f ms", seconds * 1000) }
func row(_ cells: String...) { print("| " + cells.joined(separator: " | ") + " |") }
func table(_ header: String...) {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|")
}

/// Times the parts of one measured thing, one lap per part.
struct Laps {
    private let start = Clock.now()
    private var mark: UInt64
    private(set) var times: [Double] = []

    init() { mark = start }

    mutating func lap() {
        let now = Clock.now()
        times.append(Double(now - mark) / 1e9)
        mark = now
    }

    var total: Double { Double(mark - start) / 1e9 }
}

/// Samples of a thing made of named parts, and of the whole.
struct Breakdown {
    let parts: [String]
    private(set) var samples: [Sample]
    private(set) var total = Sample()

    init(_ parts: [String]) {
        self.parts = parts
        samples = Array(repeating: Sample(), count: parts.count)
    }

    mutating func add(_ laps: Laps) {
        precondition(laps.times.count == parts.count, "one lap per part")
        for (index, time) in laps.times.enumerated() { samples[index].add(time) }
        total.add(laps.total)
    }

    /// Median, p95 and max of each part and (with a label) of the whole, as table rows.
    func printRows(totalLabel: String? = nil) {
        for (part, sample) in zip(parts, samples) { row(part, ms(sample.median), ms(sample.p95), ms(sample.max)) }
        if let totalLabel { row("**\(totalLabel)**", "**\(ms(total.median))**", "**\(ms(total.p95))**", "**\(ms(total.max))**") }
    }
}
