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

/// Deterministic randomness (SplitMix64), so every run writes the same journal.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
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
