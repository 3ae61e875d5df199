import Foundation

/// What scanning a stretch of journal bytes found.
struct ScanResult {
    /// The records that verified, in order, up to the first damage.
    var records: [Record] = []
    /// The first damaged line, if any.
    var damage: JournalDamage?
    /// Bytes from the start of the scan to the end of the last verified line.
    var goodLength = 0
    /// Bytes after the last newline: a torn tail, or a line still being written.
    var tornTail = 0
    /// The hash and seq of the last verified line.
    var head: LineHash
    var headSeq: Int
}

/// Splits bytes into lines, verifies and decodes the lines on all cores, then checks the chain in order.
enum LineScanner {
    /// Scans `bytes`, which begin at a line boundary, for records that continue the chain after the line
    /// (`headSeq`, `head`). `firstLine` is the 1-based line number of the first line in `bytes`.
    static func scan(_ bytes: UnsafeRawBufferPointer, head: LineHash, headSeq: Int, firstLine: Int) -> ScanResult {
        let ends = lineEnds(bytes)
        var result = ScanResult(head: head, headSeq: headSeq)
        result.tornTail = bytes.count - (ends.last.map { $0 + 1 } ?? 0)

        let chunks = decodeInParallel(bytes, ends: ends)
        for chunk in chunks {
            for record in chunk.records {
                let lineIndex = result.records.count
                let expected = result.headSeq + 1
                let fault: String? = if record.seq != expected {
                    "seq is \(record.seq), expected \(expected) (a line is missing, repeated or out of order)"
                } else if record.prev != result.head {
                    "prev is not the hash of the line before (the chain is broken)"
                } else {
                    nil
                }
                if let fault {
                    result.damage = JournalDamage(seq: expected, line: firstLine + lineIndex, reason: fault)
                    return result
                }
                result.records.append(record)
                result.head = record.hash
                result.headSeq = record.seq
                result.goodLength = ends[lineIndex] + 1
            }
            if let fault = chunk.fault {
                result.damage = JournalDamage(seq: result.headSeq + 1, line: firstLine + result.records.count,
                                              reason: fault.reason)
                return result
            }
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

    /// The records of one contiguous run of lines, up to the run's first faulty line.
    private struct Chunk {
        var records: [Record] = []
        var fault: LineFault?
    }

    /// The input and the result slots, shared with the worker threads.
    ///
    /// Unchecked because it is safe by construction: the input is only read, each iteration writes only its own
    /// slot, and both outlive `concurrentPerform`, which returns after every iteration finished.
    private struct SharedBuffers: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let slots: UnsafeMutableBufferPointer<Chunk>
    }

    private static func decodeInParallel(_ bytes: UnsafeRawBufferPointer, ends: [Int]) -> [Chunk] {
        // Small scans (a catch-up, a follower's poll) are not worth a thread hop. Large ones get a few chunks per
        // core, so a core that another process keeps busy does not leave the other idle at the end.
        let count = ends.count < 256 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
        var chunks = [Chunk](repeating: Chunk(), count: count)
        chunks.withUnsafeMutableBufferPointer { slots in
            let shared = SharedBuffers(bytes: bytes, slots: slots)
            DispatchQueue.concurrentPerform(iterations: count) { c in
                let bytes = shared.bytes
                let lines = ends.count * c / count ..< ends.count * (c + 1) / count
                var chunk = Chunk()
                chunk.records.reserveCapacity(lines.count)
                for i in lines {
                    let start = i == 0 ? 0 : ends[i - 1] + 1
                    switch LineDecoder.record(UnsafeRawBufferPointer(rebasing: bytes[start..<ends[i]])) {
                    case .success(let record): chunk.records.append(record)
                    case .failure(let fault): chunk.fault = fault
                    }
                    if chunk.fault != nil { break }
                }
                shared.slots[c] = chunk
            }
        }
        return chunks
    }
}
