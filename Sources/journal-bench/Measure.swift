import Foundation

/// Wall-clock timing with the monotonic clock.
enum Measure {
    static func seconds<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The best of `runs` timings: the least disturbed by the other work on the machine.
    static func best(of runs: Int, _ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs { best = min(best, try seconds(work).1) }
        return best
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))]
    }
}

/// A fresh directory under the given parent, removed by `cleanUp`.
struct ScratchDirectory {
    let path: String

    init(parent: String) throws {
        path = parent + "/journal-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}
