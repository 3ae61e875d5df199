/// The journal's lines in order, as one value the store and the console share.
///
/// Kept in chunks of ``chunkSize`` entries: a copy shares every chunk, and an append writes into the last chunk
/// only, so a console holding the store's timeline never makes the store's next append copy the whole journal
/// (at most the last chunk is copied, once, when both hold it).
public struct Timeline: RandomAccessCollection, Sendable, Equatable {
    static let chunkSize = 1024

    /// Every chunk but the last holds exactly ``chunkSize`` entries.
    private var chunks: [[TimelineEntry]] = []
    public private(set) var count = 0

    public init() {}

    public init(_ entries: some Sequence<TimelineEntry>) {
        append(contentsOf: entries)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> TimelineEntry {
        precondition(position >= 0 && position < count, "timeline index \(position) out of 0..<\(count)")
        return chunks[position / Self.chunkSize][position % Self.chunkSize]
    }

    public mutating func append(_ entry: TimelineEntry) {
        if count % Self.chunkSize == 0 {
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
}
