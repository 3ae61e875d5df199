import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// A hospital's journal as the region holds it, read back into a private temporary file and opened with the
/// journal reader: so the region re-verifies every line's hash and the chain with exactly the rules of
/// docs/JOURNAL.md, and replays it with the same code as the hospital.
enum RegionCopy {
    static func read(journal id: String, tables: RegionTables, organisation: Organisation,
                     _ connection: RegionConnection) throws(RegionError) -> IncidentStore
    {
        let lines = try connection.execute("SELECT seq, line FROM \(tables.lines) WHERE journal = $1 ORDER BY seq", [.text(id)])
        var bytes: [UInt8] = []
        for row in 0..<lines.rows {
            guard lines.int(row, 0) == row, let line = lines.bytes(row, 1) else {
                throw .journal("Regionens kopi av journal \(id) mangler nr. \(row).")
            }
            bytes += line
            bytes.append(0x0A)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-region-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("journal.jsonl").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let store = try IncidentStore.read(path: path, organisation: organisation)
            if let damage = store.damage {
                throw RegionError.journal("Regionens kopi av journal \(id) verifiserer ikke fra nr. \(damage.seq.map(String.init) ?? "?"): \(damage.reason)")
            }
            return store
        } catch let error as RegionError {
            throw error
        } catch {
            throw .journal("Kunne ikke lese regionens kopi av journal \(id): \(error)")
        }
    }
}
