import Foundation

/// What scanning a stretch of journal bytes found.
struct ScanResult<Line: JournalLine> {
    /// The lines that verified, in order, up to the first damage.
    var records: [Line] = []
    /// The first damaged line, if any.
    var damage: JournalDamage?
    /// Bytes from the start of the scan to the end of the last verified line.
    var goodLength = 0
    /// Bytes from the start of the scan to the start of the last verified line.
    var lastLineStart = 0
    /// Bytes after the last newline: a torn tail, or a line still being written.
    var tornTail = 0
    /// The hash and seq of the last verified line.
    var head: LineHash
    var headSeq: Int
}

/// Splits bytes into lines, verifies and decodes the lines on all cores, then checks the chain in order.
///
/// Each line is made into a `Line` (a ``JournalLine``) by the worker that verified it, straight into the result
/// array, each worker into its own slots, so a million lines are never copied (or retained and released) a
/// second time. The chain is checked from a small link per line (seq, prev, hash) the workers write beside.
enum LineScanner {
    /// Scans `bytes`, which begin at a line boundary, for records that continue the chain after the line
    /// (`headSeq`, `head`). `firstLine` is the 1-based line number of the first line in `bytes`.
    static func scan<Line: JournalLine>(_ bytes: UnsafeRawBufferPointer, head: LineHash, headSeq: Int, firstLine: Int,
                                        as _: Line.Type) -> ScanResult<Line>
    {
        let ends = lineEnds(bytes)
        var result = ScanResult<Line>(head: head, headSeq: headSeq)
        result.tornTail = bytes.count - (ends.last.map { $0 + 1 } ?? 0)
        var fault: (index: Int, reason: String)?
        var links = [Link](repeating: Link(seq: 0, prev: .zero, hash: .zero), count: ends.count)
        result.records = Array(unsafeUninitializedCapacity: ends.count) { slots, initialized in
            let decoded = links.withUnsafeMutableBufferPointer { decodeInParallel(bytes, ends: ends, into: slots, links: $0) }
            initialized = decoded.count
            fault = decoded.fault.map { (decoded.count, $0.reason) }
            var (hash, seq) = (head, headSeq)
            for i in 0..<decoded.count {
                let reason: String? = if links[i].seq != seq + 1 {
                    "seq is \(links[i].seq), expected \(seq + 1) (a line is missing, repeated or out of order)"
                } else if links[i].prev != hash {
                    "prev is not the hash of the line before (the chain is broken)"
                } else {
                    nil
                }
                if let reason {
                    fault = (i, reason)
                    slots.baseAddress!.advanced(by: i).deinitialize(count: decoded.count - i)
                    initialized = i
                    break
                }
                (hash, seq) = (links[i].hash, links[i].seq)
            }
        }
        if !result.records.isEmpty {
            let last = links[result.records.count - 1]
            (result.head, result.headSeq) = (last.hash, last.seq)
            result.goodLength = ends[result.records.count - 1] + 1
            result.lastLineStart = result.records.count == 1 ? 0 : ends[result.records.count - 2] + 1
        }
        if let fault {
            result.damage = JournalDamage(seq: result.headSeq + 1, line: firstLine + fault.index, reason: fault.reason)
        }
        return result
    }

    /// Offsets of every newline in `bytes`.
    static func lineEnds(_ bytes: UnsafeRawBufferPointer) -> [Int] {
        var ends: [Int] = []
        guard let base = bytes.baseAddress else { return ends }
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, Int32(LineFormat.newline), bytes.count - offset) {
            let end = base.distance(to: UnsafeRawPointer(hit))
            ends.append(end)
            offset = end + 1
        }
        return ends
    }

    /// What the chain check needs of a line.
    private struct Link {
        let seq: Int
        let prev: LineHash
        let hash: LineHash
    }

    /// The input, the output slots and each chunk's outcome, shared with the worker threads.
    ///
    /// Unchecked because it is safe by construction: the input is only read, each chunk writes only its own
    /// slots and its own outcome, and all of it outlives `concurrentPerform`, which returns after every chunk.
    private struct Shared<Line: JournalLine>: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let slots: UnsafeMutableBufferPointer<Line>
        let links: UnsafeMutableBufferPointer<Link>
        /// Per chunk: how many of its slots it initialized (from its first), and the fault that stopped it.
        let outcomes: UnsafeMutableBufferPointer<(count: Int, fault: LineFault?)>
    }

    /// Decodes every line into `slots`. Returns how many slots from the first are initialized, all of them
    /// lines that verified on their own, and the fault of the line after them, if any. Slots past a fault are
    /// left uninitialized.
    private static func decodeInParallel<Line: JournalLine>(_ bytes: UnsafeRawBufferPointer, ends: [Int],
                                                            into slots: UnsafeMutableBufferPointer<Line>,
                                                            links: UnsafeMutableBufferPointer<Link>)
        -> (count: Int, fault: LineFault?)
    {
        // Small scans (a writer catching up) are not worth a thread hop. Large ones get a few chunks per
        // core, so a core that another process keeps busy does not leave the other idle at the end.
        let chunks = ends.count < 256 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
        @Sendable func lines(of chunk: Int) -> Range<Int> { ends.count * chunk / chunks ..< ends.count * (chunk + 1) / chunks }
        var outcomes = [(count: Int, fault: LineFault?)](repeating: (0, nil), count: chunks)
        outcomes.withUnsafeMutableBufferPointer { outcomes in
            let shared = Shared(bytes: bytes, slots: slots, links: links, outcomes: outcomes)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for i in lines(of: chunk) {
                    let start = i == 0 ? 0 : ends[i - 1] + 1
                    switch LineDecoder.record(UnsafeRawBufferPointer(rebasing: shared.bytes[start..<ends[i]])) {
                    case .success(let record):
                        shared.links[i] = Link(seq: record.seq, prev: record.prev, hash: record.hash)
                        (shared.slots.baseAddress! + i).initialize(to: Line(record))
                        shared.outcomes[chunk].count += 1
                    case .failure(let fault):
                        shared.outcomes[chunk].fault = fault
                        return
                    }
                }
            }
        }
        // A chunk without a fault filled all its slots, so the initialized prefix ends at the first fault;
        // the records that later chunks decoded are dropped.
        var prefix = 0
        for chunk in 0..<chunks {
            prefix += outcomes[chunk].count
            if let fault = outcomes[chunk].fault {
                for later in (chunk + 1)..<chunks {
                    (slots.baseAddress! + lines(of: later).lowerBound).deinitialize(count: outcomes[later].count)
                }
                return (prefix, fault)
            }
        }
        return (prefix, nil)
    }
}
