/// The journal's lines in order, as one value the store and the console share.
///
/// A replay's lines are kept as the one array the replay built (the head, never copied or grown); lines taken in
/// after it go into chunks of ``chunkSize``. A copy shares the head and every chunk, and an append writes into the
/// last chunk only, so a console holding the store's timeline never makes the store's next append copy the
/// journal (at most the last chunk is copied, once, when both hold it).
public struct Timeline: RandomAccessCollection, Sendable, Equatable {
    static let chunkSize = 1024

    private var head: [TimelineEntry] = []
    /// Every chunk but the last holds exactly ``chunkSize`` entries.
    private var chunks: [[TimelineEntry]] = []
    public private(set) var count = 0

    public init() {}

    /// A timeline of `entries`, kept as they are.
    public init(_ entries: [TimelineEntry]) {
        head = entries
        count = entries.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> TimelineEntry {
        precondition(position >= 0 && position < count, "timeline index \(position) out of 0..<\(count)")
        if position < head.count { return head[position] }
        let later = position - head.count
        return chunks[later / Self.chunkSize][later % Self.chunkSize]
    }

    public mutating func append(_ entry: TimelineEntry) {
        if (count - head.count) % Self.chunkSize == 0 {
            var chunk: [TimelineEntry] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(entry)
        count += 1
    }

    public mutating func append(contentsOf entries: some Sequence<TimelineEntry>) {
        for entry in entries { append(entry) }
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

    /// The same lines, however they are laid out in head and chunks.
    public static func == (lhs: Timeline, rhs: Timeline) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
