import BeredskapJSON
import Foundation

/// The one writer handle of a process.
///
/// Every append takes an exclusive `flock` on the journal file, catches up on lines other processes appended
/// since (verifying them), writes all new lines with one `write(2)`, `fdatasync`s, and only then unlocks and
/// returns: a record returned by an append is acknowledged, i.e. on disk. Several processes may each hold a
/// writer on the same journal. Not thread-safe: use it from one task or thread.
public final class JournalWriter {
    let file: JournalFile
    /// Signs the journal's own `journal.recovered` records.
    let operatorName: String
    /// The operating-system account written into every line (`acct`); only tests set another.
    var account = SystemAccount.current
    public private(set) var header: JournalHeader
    /// The first damage found; while set, appends throw ``JournalError/readOnly(_:)``.
    public private(set) var damage: JournalDamage?
    /// The byte offset just after the last verified line.
    private(set) var endOffset: Int
    /// The byte offset where the last verified line begins (the header's 0 when there are none).
    private var lastLineStart: Int
    /// Set when an `fdatasync` (or a rollback) failed: this writer never writes again.
    var stopReason: String?
    /// Set when the journal's path no longer names this writer's file: this writer never writes again.
    public private(set) var detachment: JournalError.Detachment?
    /// How long to wait for the lock while another process holds it, and whom to tell.
    public var lockWaiting: LockWaiting = .silently

    /// A writer after the line `last` (nil: the header), which ends at `endOffset`.
    init(file: JournalFile, operatorName: String, header: JournalHeader, last: (seq: Int, hash: LineHash)?,
         endOffset: Int, lastLineStart: Int) {
        self.file = file
        self.operatorName = operatorName
        self.header = header
        (headSeq, head) = last ?? (0, header.hash)
        self.endOffset = endOffset
        self.lastLineStart = lastLineStart
    }

    /// The hash of the last verified line (the header's when there are no records).
    public private(set) var head: LineHash
    /// The seq of the last verified line.
    public private(set) var headSeq: Int
    /// The seal of the last line, for printing on paper.
    public var seal: Seal { Seal(seq: headSeq, hash: head) }
    /// Where the journal stands after the last verified line.
    public var position: JournalPosition { JournalPosition(seq: headSeq, hash: head, start: lastLineStart, end: endOffset) }

    /// Creates a new journal at `path` (mode 0600, its directory 0700 if created; 0660 and 2770 in a shared set-group-ID directory) and returns its writer.
    ///
    /// The header is written to a temporary file beside it and linked into place, so no process ever sees a
    /// journal without its header. Throws ``JournalError/alreadyExists(path:)`` if `path` exists.
    /// Should this writer later repair a torn tail, its `journal.recovered` record is signed `journal`.
    public static func create(path: String, kind: JournalKind, id: UUID = UUID(), created: Date,
                              io: FileIO = SystemFileIO()) throws -> JournalWriter
    {
        let directory = Directory.parent(of: path)
        var line = LineFormat.headerBody(id: id, kind: kind, created: created)
        let hash = LineFormat.close(&line)
        let temporary = "\(directory)/.\(Directory.name(of: path)).creating-\(UUID().uuidString)"
        do {
            try Directory.create(directory, io: io)
        } catch {
            throw JournalError(error, path: directory)
        }
        try link(line, via: temporary, to: path, io: io)
        do {
            try Directory.sync(directory, io: io)
        } catch {
            throw JournalError(error, path: directory)
        }
        let header = JournalHeader(version: LineFormat.version, id: id, kind: kind,
                                   created: Timestamp.truncated(created), hash: hash)
        let file = try JournalFile(path: path, .readWrite, options: .append, io: io)
        return JournalWriter(file: file, operatorName: "journal", header: header, last: nil, endOffset: line.count,
                             lastLineStart: 0)
    }

    /// Writes `line` to the new file `temporary`, syncs it, gives it the name `path` (failing if that exists) and
    /// removes the temporary name. The temporary file is closed before this returns.
    private static func link(_ line: [UInt8], via temporary: String, to path: String, io: FileIO) throws {
        let staged = try JournalFile(path: temporary, .writeOnly, options: [.create, .exclusiveCreate], io: io)
        defer { try? io.unlink(temporary) }
        do throws(FileIOError) {
            try staged.writeAll(line)
            try io.fdatasync(staged.fd)
        } catch {
            throw JournalError(error, path: temporary)
        }
        do throws(FileIOError) {
            try io.link(temporary, path)
        } catch where error.errno == .exists {
            throw JournalError.alreadyExists(path: path)
        } catch {
            throw JournalError(error, path: path)
        }
    }

    /// Opens the journal at `path` for appending, after verifying all of it.
    ///
    /// A torn tail left by a crash is moved to a quarantine file and a `journal.recovered` record, signed by
    /// `operatorName` at `now`, says so (see docs/JOURNAL.md, "Recovery"). Any other damage opens the writer
    /// read-only: ``damage`` says where, and appends throw.
    public static func open(path: String, operatorName: String, now: Date, io: FileIO = SystemFileIO(),
                            lockWaiting: LockWaiting = .silently) throws -> JournalWriter
    {
        try open(path: path, operatorName: operatorName, now: now, io: io, lockWaiting: lockWaiting, as: Record.self).writer
    }

    /// ``open(path:operatorName:now:io:lockWaiting:)``, returning with the writer every line opening verified (see
    /// ``open(path:operatorName:now:io:lockWaiting:as:_:)``).
    public static func open<Line: JournalLine>(path: String, operatorName: String, now: Date, io: FileIO = SystemFileIO(),
                                               lockWaiting: LockWaiting = .silently,
                                               as _: Line.Type) throws -> (writer: JournalWriter, lines: [Line])
    {
        var lines: [Line] = []
        let writer = try open(path: path, operatorName: operatorName, now: now, io: io, lockWaiting: lockWaiting, as: Line.self) {
            lines.append(contentsOf: $1)
        }
        return (writer, lines)
    }

    /// ``open(path:operatorName:now:io:lockWaiting:)``, handing every line opening verified to `take` with the
    /// journal's header, a piece at a time as the pieces verify (see ``PieceScan``), each made into a `Line` on the
    /// thread that verified it: the whole journal, then the `journal.recovered` record when opening repaired a torn
    /// tail; up to the damage when there is some. Later lines are returned by ``append(now:_:)`` and ``refresh()``;
    /// the writer keeps none.
    public static func open<Line: JournalLine>(path: String, operatorName: String, now: Date, io: FileIO = SystemFileIO(),
                                               lockWaiting: LockWaiting = .silently, as _: Line.Type,
                                               _ take: (JournalHeader, [Line]) -> Void) throws -> JournalWriter
    {
        try DraftValidation.checkOperator(operatorName)
        let file = try JournalFile(path: path, .readWrite, options: .append, io: io)
        return try file.withLock(.exclusive, lockWaiting) {
            let (header, headerLength) = try JournalHeader.decode(try file.read(from: 0, to: LineFormat.maxHeaderLength),
                                                                  path: path)
            let outcome = try PieceScan<Line>(file: file, end: try file.size(), pieceBytes: JournalReader.pieceBytes)
                .run(from: headerLength, head: header.hash, headSeq: 0) { take(header, $0) }
            let writer = JournalWriter(file: file, operatorName: operatorName, header: header,
                                       last: (outcome.headSeq, outcome.head), endOffset: outcome.end,
                                       lastLineStart: outcome.lastLineStart)
            if let recovered = try writer.settle(damage: outcome.damage, tornTail: outcome.tornTail, now: now,
                                                 lockWaiting: lockWaiting) {
                take(header, [Line(recovered)])
            }
            return writer
        }
    }

    /// Opens the journal at `path` for appending from `position` on, verifying only the lines after it: the line
    /// at the position's bytes must decode, verify and have its seq and hash, or this returns nil (the caller then
    /// opens the whole journal). Returns with the writer the lines after the position, as
    /// ``open(path:operatorName:now:io:lockWaiting:as:)`` does. Everything before it is the caller's to verify (see
    /// ``JournalReader/read(path:through:pieceBytes:io:_:)``) and to report with ``markDamaged(_:)``.
    public static func open<Line: JournalLine>(path: String, operatorName: String, now: Date, resumingAt position: JournalPosition,
                                               io: FileIO = SystemFileIO(), lockWaiting: LockWaiting = .silently,
                                               as _: Line.Type) throws -> (writer: JournalWriter, lines: [Line])?
    {
        try DraftValidation.checkOperator(operatorName)
        let file = try JournalFile(path: path, .readWrite, options: .append, io: io)
        return try file.withLock(.exclusive, lockWaiting) {
            let (header, headerLength) = try JournalHeader.decode(
                try file.read(from: 0, to: LineFormat.maxHeaderLength), path: path)
            guard position.seq > 0, position.start >= headerLength, position.end > position.start else { return nil }
            var line = try file.read(from: position.start, to: position.end)
            guard line.count == position.end - position.start, line.popLast() == LineFormat.newline,
                  !line.contains(LineFormat.newline),
                  case .success(let record) = line.withUnsafeBytes({ LineDecoder.record($0) }),
                  record.seq == position.seq, record.hash == position.hash
            else { return nil }
            let tail = try file.readToEnd(from: position.end)
            let scan = tail.withUnsafeBytes {
                LineScanner.scan($0, head: position.hash, headSeq: position.seq, firstLine: position.seq + 2, as: Line.self)
            }
            let writer = JournalWriter(file: file, operatorName: operatorName, header: header, last: (scan.headSeq, scan.head),
                                       endOffset: position.end + scan.goodLength,
                                       lastLineStart: scan.records.isEmpty ? position.start : position.end + scan.lastLineStart)
            let recovered = try writer.settle(damage: scan.damage, tornTail: scan.tornTail, now: now, lockWaiting: lockWaiting)
            var lines = scan.records
            if let recovered { lines.append(Line(recovered)) }
            return (writer, lines)
        }
    }

    /// Takes in what opening found: damage makes the writer read-only; otherwise a torn tail is repaired, and the
    /// `journal.recovered` record that says so is returned.
    private func settle(damage: JournalDamage?, tornTail: Int, now: Date, lockWaiting: LockWaiting) throws -> Record? {
        self.damage = damage
        self.lockWaiting = lockWaiting
        guard damage == nil, tornTail > 0 else { return nil }
        return try recover(torn: try file.readToEnd(from: endOffset)[...], now: now)
    }

    /// Makes the writer read-only for damage found outside it, in lines it did not verify itself (the part of
    /// the journal before the position it resumed at). The first damage found stays.
    public func markDamaged(_ found: JournalDamage) {
        damage = damage ?? found
    }

    /// Appends what `decide` makes of the current state, durably.
    ///
    /// Under the exclusive lock: catches up on records other processes appended (they are passed to `decide`,
    /// together with any `journal.recovered` record, signed at `now`, written to repair a
    /// torn tail), validates the drafts `decide` returns, writes them all with one `write(2)`, `fdatasync`s, and
    /// only then returns. If `decide` throws, nothing is written and its error propagates; an empty list writes
    /// nothing.
    /// - Returns: the records caught up, and the records appended exactly as a reader will decode them.
    public func append(now: Date, _ decide: (_ caughtUp: [Record]) throws -> [RecordDraft]) throws
        -> (caughtUp: [Record], appended: [Record])
    {
        try checkWritable()
        return try file.withLock(.exclusive, lockWaiting) {
            try checkAttached()
            var caughtUp = try catchUp()
            if let damage { throw JournalError.readOnly(damage) }
            if caughtUp.tornTail > 0 {
                let torn = try file.readToEnd(from: endOffset)
                caughtUp.records.append(try recover(torn: torn[...], now: now))
            }
            let drafts = try decide(caughtUp.records)
            for draft in drafts { try DraftValidation.check(draft) }
            let appended = try commit(drafts)
            // Synced, but only acknowledged if the journal's path still leads to it (it may have been deleted or
            // replaced while we wrote).
            try checkAttached()
            return (caughtUp.records, appended)
        }
    }

    /// Appends `drafts` durably (see ``append(now:_:)``); returns them as stored.
    ///
    /// A torn tail repaired on the way is signed at the first draft's registration time; an empty list does nothing.
    public func append(_ drafts: [RecordDraft]) throws -> [Record] {
        guard let first = drafts.first else { return [] }
        return try append(now: first.registered) { _ in drafts }.appended
    }

    /// Reads, under a shared lock, what other processes appended since; returns the new records, verified.
    ///
    /// This is how a second terminal follows the journal. Only complete lines are taken: a torn tail (a line still
    /// being written, or left by a crash) is left alone here, and the next append repairs it. Damage found behind
    /// new records is thrown by the next call, so every record before it is returned first.
    public func refresh() throws -> [Record] {
        if let damage { throw JournalError.readOnly(damage) }
        try checkAttached()
        let found = try file.withLock(.shared, lockWaiting) { try catchUp().records }
        if found.isEmpty, let damage { throw JournalError.readOnly(damage) }
        return found
    }

    private func checkWritable() throws(JournalError) {
        if let damage { throw .readOnly(damage) }
        if let stopReason { throw .writerStopped(reason: stopReason) }
        if let detachment { throw .detached(path: file.path, detachment) }
    }

    /// Throws ``JournalError/detached(path:_:)``, for good, once the journal's path no longer names the file this
    /// writer holds: deleted (no name left, or nothing at the path) or replaced (another file at the path).
    /// A writer that went on would write lines nobody can find again.
    private func checkAttached() throws(JournalError) {
        if let detachment { throw .detached(path: file.path, detachment) }
        let held = try file.status()
        var named: FileStatus?
        do {
            named = try file.io.status(path: file.path)
        } catch where error.errno == .noEntry {
            named = nil
        } catch {
            throw JournalError(error, path: file.path)
        }
        if let named, named.isSameFile(as: held), held.linkCount > 0 { return }
        let found: JournalError.Detachment = if let named, !named.isSameFile(as: held) { .replaced } else { .removed }
        detachment = found
        throw .detached(path: file.path, found)
    }

    /// Verifies and takes in the complete lines after ``endOffset``, and returns them. Call with the lock held.
    /// Damage found on the way is kept in ``damage``; the records before it are taken in and returned.
    private func catchUp() throws(JournalError) -> (records: [Record], tornTail: Int) {
        let size = try file.size()
        guard size >= endOffset else {
            damage = JournalDamage(seq: nil, line: headSeq + 1, reason:
                "the file is \(size) bytes, shorter than the \(endOffset) bytes already verified: lines were removed")
            return ([], 0)
        }
        let bytes = try file.readToEnd(from: endOffset)
        let scan = bytes.withUnsafeBytes {
            LineScanner.scan($0, head: head, headSeq: headSeq, firstLine: headSeq + 2, as: Record.self)
        }
        if !scan.records.isEmpty { lastLineStart = endOffset + scan.lastLineStart }
        (head, headSeq) = (scan.head, scan.headSeq)
        endOffset += scan.goodLength
        damage = scan.damage
        return (scan.records, scan.tornTail)
    }

    /// Writes `drafts` (already validated) as new lines: one `write(2)`, then `fdatasync`. Call with the lock
    /// held, caught up. On a failed write the file is cut back to ``endOffset``; a failed sync stops the writer.
    func commit(_ drafts: [RecordDraft]) throws(JournalError) -> [Record] {
        guard !drafts.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var appended: [Record] = []
        var prev = head
        var lastStart = 0
        for (offset, draft) in drafts.enumerated() {
            var line = LineFormat.recordBody(seq: headSeq + 1 + offset, prev: prev, draft: draft, account: account)
            prev = LineFormat.close(&line)
            lastStart = bytes.count
            // Decoding our own line both yields the record exactly as a reader will see it and proves that the
            // line verifies before it reaches the disk (e.g. a payload too long or too deeply nested is refused).
            let decoded = line.withUnsafeBytes { LineDecoder.record(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
            switch decoded {
            case .success(let record): appended.append(record)
            case .failure(let fault): throw .invalidDraft("the record would not verify: \(fault.reason)")
            }
            bytes.append(contentsOf: line)
        }
        do {
            try file.writeAll(bytes)
        } catch {
            try rollBack(after: error)
            throw JournalError(error, path: file.path)
        }
        do {
            try file.io.fdatasync(file.fd)
        } catch {
            // Never retried: after a failed fdatasync the kernel may report later syncs as successful even though
            // this data never reached the disk. The next open re-verifies what is there.
            let reason = "fdatasync of \(file.path) failed: \(error.errno)"
            stopReason = reason
            throw .writerStopped(reason: reason)
        }
        lastLineStart = endOffset + lastStart
        endOffset += bytes.count
        (head, headSeq) = (prev, headSeq + appended.count)
        return appended
    }

    /// Cuts the file back to the last verified line after a failed write, and syncs that.
    private func rollBack(after failure: FileIOError) throws(JournalError) {
        do {
            try file.io.ftruncate(file.fd, length: endOffset)
            try file.io.fdatasync(file.fd)
        } catch {
            let reason = "\(failure) on \(file.path), and cutting back the partial write failed: \(error)"
            stopReason = reason
            throw .writerStopped(reason: reason)
        }
    }
}
