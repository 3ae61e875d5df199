import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// A hospital's journal as sync sends it: verified and replayed by the store (the same reading as `status`), and
/// its lines as the bytes on disk, one per seq from the header (seq 0) to the last verified line.
struct LocalJournal {
    let store: IncidentStore
    /// The file's bytes up to the end of the last verified line.
    private let bytes: [UInt8]
    /// Where each line starts in `bytes`, by seq; one more entry marks the end.
    private let starts: [Int]

    /// Reads `path` under a shared lock (never writes, never repairs). Lines after damage are not sent: the
    /// region gets what verifies and the damage is told by the caller.
    init(path: String, organisation: Organisation, lockWaiting: LockWaiting) throws(RegionError) {
        do {
            store = try IncidentStore.read(path: path, organisation: organisation, lockWaiting: lockWaiting)
        } catch {
            throw .journal("Kunne ikke lese journalen \(path): \(error)")
        }
        let count = store.seal.seq + 1
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .journal("Kunne ikke åpne \(path) for lesing.") }
        defer { try? handle.close() }
        // Bytes before the verified head never change in a sound journal, so reading again without the lock is
        // safe; each line's hash is compared below all the same.
        var read: [UInt8] = []
        var starts = [0]
        while starts.count <= count {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            let base = read.count
            read.append(contentsOf: chunk)
            for index in base..<read.count where read[index] == 0x0A && starts.count <= count { starts.append(index + 1) }
        }
        guard starts.count == count + 1 else {
            throw .journal("Journalen \(path) endret seg mens den ble lest; prøv igjen.")
        }
        bytes = Array(read[0..<starts[count]])
        self.starts = starts
        for seq in [0, count - 1] where Hex.encode(hash(seq)) != String(decoding: line(seq).suffix(66).prefix(64), as: UTF8.self) {
            throw .journal("Journalen \(path) endret seg mens den ble lest (nr. \(seq)); prøv igjen.")
        }
    }

    var header: JournalHeader { store.header }
    var headSeq: Int { starts.count - 2 }

    /// The bytes of line `seq`, without its newline.
    func line(_ seq: Int) -> ArraySlice<UInt8> { bytes[starts[seq]..<(starts[seq + 1] - 1)] }

    /// The `h` of line `seq` (the header's for 0), as verified by the reader.
    func hash(_ seq: Int) -> [UInt8] {
        let value = seq == 0 ? store.header.hash : store.timeline[seq - 1].record.hash
        return Hex.decode(value.description.utf8) ?? []
    }

    /// The `prev` of line `seq`: 32 zero bytes for the header.
    func prev(_ seq: Int) -> [UInt8] { seq == 0 ? [UInt8](repeating: 0, count: 32) : hash(seq - 1) }
}
