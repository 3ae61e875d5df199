import Dispatch

/// Reads a stretch of a journal a piece at a time: each piece of about `pieceBytes` is read, verified and made into
/// lines on all cores while the caller takes in the piece before it. So the file is never held whole (a piece at a
/// time is), and reading overlaps what the caller does with the lines (the store folds them into state).
struct PieceScan<Line: JournalLine> {
    /// Where the scan stopped: after the last line that verified, and why.
    struct Outcome {
        var head: LineHash
        var headSeq: Int
        /// The offset just after the last verified line.
        var end: Int
        /// The offset where the last verified line begins (the start of the scan when there was none).
        var lastLineStart: Int
        var damage: JournalDamage?
        /// Bytes after the last newline at the end of the stretch (a torn tail, when the stretch is the whole file).
        var tornTail = 0
    }

    let file: JournalFile
    /// Where the stretch ends: the file's size, or a position's end.
    let end: Int
    let pieceBytes: Int

    /// Scans from `start`, just after the line (`headSeq`, `head`), to ``end``, handing each piece's lines to `take`
    /// in order. Stops at the first damage, once `take` has had every line before it.
    func run(from start: Int, head: LineHash, headSeq: Int, _ take: ([Line]) -> Void) throws(JournalError) -> Outcome {
        var outcome = Outcome(head: head, headSeq: headSeq, end: start, lastLineStart: start)
        var piece = try read(after: outcome, size: pieceBytes)
        while true {
            outcome = piece.outcome
            guard piece.more else {
                take(piece.lines)
                return outcome
            }
            // The next piece is read and verified on another thread while this one is taken in here.
            let after = outcome
            let next = Ahead { () throws(JournalError) in try read(after: after, size: pieceBytes) }
            take(piece.lines)
            piece = try next.wait()
        }
    }

    /// One piece: its lines, where it left the chain, and whether there is more to read after it.
    private struct Piece {
        var lines: [Line]
        var outcome: Outcome
        var more: Bool
    }

    /// Reads and scans the piece that begins at `after.end`: whole lines only (the rest is read again with the next
    /// piece), growing the piece when one line is longer than it.
    private func read(after: Outcome, size: Int) throws(JournalError) -> Piece {
        var size = max(size, 1)
        while true {
            let pieceEnd = min(end, after.end + size)
            let bytes = try file.read(from: after.end, to: pieceEnd)
            let last = pieceEnd == end
            let whole = last ? bytes.count : (bytes.lastIndex(of: LineFormat.newline).map { $0 + 1 } ?? 0)
            if whole == 0, bytes.count == pieceEnd - after.end, !last {
                size *= 2  // a line longer than a piece
                continue
            }
            let scan = bytes.withUnsafeBytes {
                LineScanner.scan(UnsafeRawBufferPointer(rebasing: $0[..<whole]), head: after.head, headSeq: after.headSeq,
                                 firstLine: after.headSeq + 2, as: Line.self)
            }
            var outcome = after
            (outcome.head, outcome.headSeq, outcome.end) = (scan.head, scan.headSeq, after.end + scan.goodLength)
            if !scan.records.isEmpty { outcome.lastLineStart = after.end + scan.lastLineStart }
            (outcome.damage, outcome.tornTail) = (scan.damage, last ? scan.tornTail : 0)
            let more = !last && scan.damage == nil && scan.goodLength > 0
            return Piece(lines: scan.records, outcome: outcome, more: more)
        }
    }
}

/// Work started on another thread at once, its result waited for later.
private final class Ahead<Value>: @unchecked Sendable {
    private var result: Result<Value, JournalError>?
    private let done = DispatchSemaphore(value: 0)

    /// Unchecked: `work` runs once, on the other thread, and its result is read only after `done` is signalled.
    init(_ work: @escaping () throws(JournalError) -> Value) {
        let box = UncheckedWork(work: work)
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { () throws(JournalError) in try box.work() }
            self.done.signal()
        }
    }

    func wait() throws(JournalError) -> Value {
        done.wait()
        return try result!.get()
    }
}

/// The work an ``Ahead`` runs: it reads the journal file and makes lines, touching nothing the waiting thread
/// uses until it has finished.
private struct UncheckedWork<Value>: @unchecked Sendable {
    let work: () throws(JournalError) -> Value
}
