/// The journal's lines in order, as one value the store and the console share.
///
/// The lines are kept in runs: each piece a replay read is one run, kept as the array the replay built (never
/// copied or grown); lines taken in one at a time after it go into chunks of at most ``chunkSize``. A copy shares
/// every run, and an append writes into the last run only, so a console holding the store's timeline never makes
/// the store's next append copy the journal (at most one chunk is copied, once, when both hold it).
public struct Timeline: RandomAccessCollection, Sendable, Equatable {
    static let chunkSize = 1024

    private var runs: [[TimelineEntry]] = []
    /// The position of each run's first line.
    private var starts: [Int] = []
    public private(set) var count = 0

    public init() {}

    /// A timeline of `entries`, kept as they are.
    public init(_ entries: [TimelineEntry]) {
        append(contentsOf: entries)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> TimelineEntry {
        precondition(position >= 0 && position < count, "timeline index \(position) out of 0..<\(count)")
        // The last run whose first line is at or before `position`.
        var (low, high) = (0, runs.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return runs[low][position - starts[low]]
    }

    /// Walks the runs in order, without looking each position up.
    public struct Iterator: IteratorProtocol {
        fileprivate let runs: [[TimelineEntry]]
        fileprivate var run = 0
        fileprivate var index = 0

        public mutating func next() -> TimelineEntry? {
            while run < runs.count {
                if index < runs[run].count {
                    defer { index += 1 }
                    return runs[run][index]
                }
                (run, index) = (run + 1, 0)
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(runs: runs) }

    public mutating func append(_ entry: TimelineEntry) {
        if runs.isEmpty || runs[runs.count - 1].count >= Self.chunkSize {
            var chunk: [TimelineEntry] = []
            chunk.reserveCapacity(Self.chunkSize)
            starts.append(count)
            runs.append(chunk)
        }
        runs[runs.count - 1].append(entry)
        count += 1
    }

    /// Appends `entries`: a piece of at least a chunk's size becomes a run of its own, as it is; fewer lines are
    /// appended one by one.
    public mutating func append(contentsOf entries: [TimelineEntry]) {
        guard entries.count >= Self.chunkSize else {
            for entry in entries { append(entry) }
            return
        }
        starts.append(count)
        runs.append(entries)
        count += entries.count
    }

    /// Appends another timeline's lines, sharing its runs.
    public mutating func append(contentsOf other: Timeline) {
        for (run, start) in zip(other.runs, other.starts) {
            starts.append(count + start)
            runs.append(run)
        }
        count += other.count
    }

    /// The entry with `seq`, found by bisection: seqs only grow along the timeline.
    public func entry(seq: Int) -> TimelineEntry? {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle].seq < seq { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low].seq == seq ? self[low] : nil
    }

    /// The same lines, however they are laid out in runs.
    public static func == (lhs: Timeline, rhs: Timeline) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
