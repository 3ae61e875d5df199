import BeredskapCore
import BeredskapJournal
import Foundation

extension RegionSync {
    /// The state of a journal replayed through `seq`, as someone who holds the journal open already has it (the
    /// console's store, kept current by its key loop).
    public struct Replayed: Sendable {
        public var state: State
        public var seq: Int

        public init(state: State, seq: Int) {
            self.state = state
            self.seq = seq
        }
    }

    /// The console's sync (`console --sync`): the region is asked for its head first; when the file's last piece
    /// holds that very line (same seq, same `h`) and at most one batch after it, only those lines are sent, with
    /// the console's own state as the decoded tables, all in one transaction. The journal is neither read whole nor
    /// replayed: with nothing new, a sync is a few statements. Returns nil when this does not apply (a journal new
    /// to the region, a fork, more than a batch behind, damage near the end, the region moved on meanwhile): then
    /// ``sync(path:organisation:connection:batchSize:lockWaiting:afterBatch:)`` does the whole work and tells why.
    public static func quickly(path: String, replayed: Replayed, connection: RegionConnection,
                               batchSize: Int = 5000) throws(RegionError) -> Outcome?
    {
        try RegionSchema.require(connection)
        guard let header = JournalReader.header(path: path) else { return nil }
        let kind = RegionKind(header.kind)
        let tables = RegionTables(kind)
        let id = header.id.uuidString
        guard let before = try head(of: id, in: tables, connection), before.seq <= replayed.seq, replayed.seq - before.seq <= batchSize,
              let tail = JournalTail(path: path, from: before.seq, through: replayed.seq), tail.hash(before.seq) == before.hash
        else { return nil }
        let hospital = replayed.state.organisation.name
        do {
            return try connection.transaction { () throws(RegionError) -> Outcome? in
                try connection.execute("SELECT 1 FROM \(tables.journals) WHERE journal = $1 FOR UPDATE", [.text(id)])
                // Another process may have sent lines while we waited for the lock: then the full sync sorts it out.
                guard let now = try head(of: id, in: tables, connection), now.seq == before.seq, now.hash == before.hash else { return nil }
                if replayed.seq > before.seq {
                    var rows = CopyRows()
                    for seq in (before.seq + 1)...replayed.seq {
                        rows.append([.text(id), .int(seq), .bytes(tail.hash(seq - 1)), .bytes(tail.hash(seq)), .bytes(Array(tail.line(seq)))])
                    }
                    try connection.copy(into: tables.lines, columns: ["journal", "seq", "prev", "h", "line"], rows)
                    try connection.execute("INSERT INTO \(tables.heads) (journal, seq, h) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                                           [.text(id), .int(replayed.seq), .bytes(tail.hash(replayed.seq))])
                }
                let decoded = try connection.execute("SELECT decoded_seq FROM \(tables.hospitalState) WHERE journal = $1", [.text(id)])
                if decoded.rows != 1 || decoded.int(0, 0) != replayed.seq {
                    try DecodedRows(replayed.state, seq: replayed.seq).write(journal: id, tables: tables, connection)
                }
                let checkpoints = try sendCheckpoints(of: path, upTo: replayed.seq, id: id, tables: tables, connection)
                try connection.execute("UPDATE \(tables.journals) SET hospital = $2, last_sync = now() WHERE journal = $1",
                                       [.text(id), .text(hospital)])
                try notify(kind, journal: id, connection)
                return Outcome(kind: kind, hospital: hospital, regionHeadBefore: before.seq, head: replayed.seq,
                               linesSent: replayed.seq - before.seq, checkpointsSent: checkpoints, damagedFrom: nil)
            }
        } catch .statement(let state, _) where state.hasPrefix("BR") {
            // The region's line check refused a line (changed on disk after the console read it): the full sync
            // reads and verifies the journal and tells what is wrong.
            return nil
        }
    }
}
