import BeredskapJSON
import Foundation

extension JournalWriter {
    /// The type of the record that reports a repaired torn tail.
    static let recoveredType = "journal.recovered"

    /// Repairs a torn tail: copies `torn` (the bytes after the last complete line) to a quarantine file beside
    /// the journal, cuts the journal back to its last complete line, and appends a `journal.recovered` record
    /// naming the copy. Nothing is dropped without a copy on disk first. Call with the exclusive lock held.
    func recover(torn: ArraySlice<UInt8>, now: Date) throws(JournalError) -> Record {
        // Checked before anything changes, so the record below cannot be refused after the journal was cut.
        try DraftValidation.checkOperator(operatorName)
        let name = try quarantine(torn, now: now)
        do {
            try file.io.ftruncate(file.fd, length: endOffset)
        } catch {
            throw JournalError(error, path: file.path)
        }
        do {
            try file.io.fdatasync(file.fd)
        } catch {
            let reason = "fdatasync of \(file.path) after cutting off a torn tail failed: \(error.errno)"
            stopReason = reason
            throw .writerStopped(reason: reason)
        }
        let digest = torn.withUnsafeBytes { LineHash(hashing: $0) }
        let draft = RecordDraft(registered: now, operatorName: operatorName, type: Self.recoveredType, data: [
            "quarantine": .string(name),
            "bytes": .int(Int64(torn.count)),
            "sha256": .string(digest.hex),
        ])
        return try commit([draft])[0]
    }

    /// Writes `bytes` to a new file `<journal>.quarantine-<seq>-<UTC time>` (0600, or 0660 in a shared directory), syncs it and its directory,
    /// and returns its name. A name already taken gets a `-2`, `-3`... suffix: an existing file is never replaced.
    private func quarantine(_ bytes: ArraySlice<UInt8>, now: Date) throws(JournalError) -> String {
        let directory = Directory.parent(of: file.path)
        let base = "\(Directory.name(of: file.path)).quarantine-\(headSeq)-\(Self.compactUTC(now))"
        var name = base
        var attempt = 1
        while true {
            do throws(JournalError) {
                let copy = try JournalFile(path: "\(directory)/\(name)", .writeOnly,
                                           options: [.create, .exclusiveCreate], io: file.io)
                do {
                    try copy.writeAll(Array(bytes))
                    try copy.io.fdatasync(copy.fd)
                    try Directory.sync(directory, io: file.io)
                } catch {
                    // No empty or partial copies: the journal still has its torn tail, and the next writer makes
                    // a whole copy when it can.
                    try? file.io.unlink(copy.path)
                    throw JournalError(error, path: copy.path)
                }
                return name
            } catch {
                guard case .io(_, _, .exists) = error else { throw error }
                attempt += 1
                name = "\(base)-\(attempt)"
            }
        }
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC: the journal's own ``Timestamp`` without separators and milliseconds.
    static func compactUTC(_ date: Date) -> String {
        // 2025-03-14T03:07:00.123Z -> 20250314T030700Z
        String(Timestamp.format(date).prefix(19).filter { $0 != "-" && $0 != ":" }) + "Z"
    }
}
