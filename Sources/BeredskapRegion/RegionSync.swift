import BeredskapCore
import BeredskapJournal
import Foundation

/// `beredskap sync`: copies a journal's lines to the region, idempotently and resumably.
///
/// The region is asked for the last line it holds of this journal; the local chain must continue from that exact
/// line (same seq, same hash), else nothing is sent and the fork is reported. The lines after it go in batches, each
/// in one transaction under a lock on the journal's row, so two processes syncing the same journal never interleave
/// and an interrupted sync leaves whole batches only. A trigger in the database checks every line's hash and `prev`
/// again (Schema.swift). Last, the decoded tables are rewritten from the replayed state and the head is recorded.
public enum RegionSync {
    /// What one sync did.
    public struct Outcome: Sendable, Equatable {
        public var kind: RegionKind
        public var hospital: String
        /// The head the region held before, nil when the journal was new to it.
        public var regionHeadBefore: Int?
        /// The head the region holds now.
        public var head: Int
        public var linesSent: Int
        /// Signed checkpoints the region did not have yet.
        public var checkpointsSent: Int
        /// Damage in the local journal: lines from this seq on were not sent.
        public var damagedFrom: Int?
    }

    /// Syncs the journal at `path`, read under `organisation` (the hospital's playbooks, for the decoded tables).
    /// `afterBatch` is called with the last seq of each committed batch.
    public static func sync(path: String, organisation: Organisation, connection: RegionConnection, batchSize: Int = 5000,
                            lockWaiting: LockWaiting = .silently,
                            afterBatch: (Int) -> Void = { _ in }) throws(RegionError) -> Outcome
    {
        try RegionSchema.require(connection)
        let journal = try LocalJournal(path: path, organisation: organisation, lockWaiting: lockWaiting)
        let kind = RegionKind(journal.header.kind)
        let tables = RegionTables(kind)
        let id = journal.header.id.uuidString
        let hospital = journal.store.state.organisation.name
        try connection.execute("""
            INSERT INTO \(tables.journals) (journal, hospital, created) VALUES ($1, $2, $3)
            ON CONFLICT (journal) DO UPDATE SET hospital = EXCLUDED.hospital
            """, [.text(id), .text(hospital), .text(RegionTime.text(journal.header.created))])

        let before = try head(of: id, in: tables, connection)
        var next = try continuation(of: journal, after: before, id: id, tables: tables, connection)
        var sent = 0
        while next <= journal.headSeq {
            let end = min(journal.headSeq, next + batchSize - 1)
            let start = next
            next = try connection.transaction { () throws(RegionError) -> Int in
                try connection.execute("SELECT 1 FROM \(tables.journals) WHERE journal = $1 FOR UPDATE", [.text(id)])
                // Another process may have sent some of these while we waited for the lock.
                let resumed = try continuation(of: journal, after: try head(of: id, in: tables, connection), id: id,
                                               tables: tables, connection)
                guard resumed <= end else { return resumed }
                var rows = CopyRows()
                for seq in resumed...end {
                    rows.append([.text(id), .int(seq), .bytes(journal.prev(seq)), .bytes(journal.hash(seq)), .bytes(Array(journal.line(seq)))])
                }
                try connection.copy(into: tables.lines, columns: ["journal", "seq", "prev", "h", "line"], rows)
                sent += end - resumed + 1
                return end + 1
            }
            if next > start { afterBatch(next - 1) }
        }
        let checkpoints = try connection.transaction { () throws(RegionError) -> Int in
            try connection.execute("SELECT 1 FROM \(tables.journals) WHERE journal = $1 FOR UPDATE", [.text(id)])
            let checkpoints = try sendCheckpoints(of: path, upTo: journal.headSeq, id: id, tables: tables, connection)
            try DecodedRows(journal.store.state, seq: journal.headSeq).write(journal: id, tables: tables, connection)
            try connection.execute("""
                INSERT INTO \(tables.heads) (journal, seq, h) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                """, [.text(id), .int(journal.headSeq), .bytes(journal.hash(journal.headSeq))])
            try connection.execute("UPDATE \(tables.journals) SET last_sync = now() WHERE journal = $1", [.text(id)])
            // Delivered when this transaction commits, so a regional screen reads the picture this sync made.
            try notify(kind, journal: id, connection)
            return checkpoints
        }
        return Outcome(kind: kind, hospital: hospital, regionHeadBefore: before?.seq, head: journal.headSeq, linesSent: sent,
                       checkpointsSent: checkpoints,
                       damagedFrom: journal.store.damage.map { $0.seq ?? journal.headSeq + 1 })
    }

    /// The signed checkpoints beside the journal (`<journal>.checkpoints`) over lines the region now holds, each as
    /// signed (a cosigned one again with all its signatures); returns how many were new to the region. The region
    /// keeps them as evidence; checking their signatures needs the hospital's public key (docs/JOURNAL.md §13).
    static func sendCheckpoints(of path: String, upTo head: Int, id: String, tables: RegionTables,
                                        _ connection: RegionConnection) throws(RegionError) -> Int
    {
        guard let contents = try? CheckpointLog.read(journal: path) else { return 0 }
        var sent = 0
        for entry in contents.entries {
            guard let checkpoint = Checkpoint(text: entry.note.text), checkpoint.lastSeq <= head else { continue }
            let result = try connection.execute("""
                INSERT INTO \(tables.checkpoints) (journal, size, note) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1
                """, [.text(id), .int(checkpoint.size), .text(entry.note.formatted)])
            sent += result.rows
        }
        return sent
    }

    /// `pg_notify` on the kind's channel with the journal's id: the regional screens (`region console`) listen.
    static func notify(_ kind: RegionKind, journal id: String, _ connection: RegionConnection) throws(RegionError) {
        try connection.execute("SELECT pg_notify($1, $2)", [.text(kind.channel), .text(id)])
    }

    /// The region's last line of this journal.
    static func head(of id: String, in tables: RegionTables, _ connection: RegionConnection) throws(RegionError) -> (seq: Int, hash: [UInt8])? {
        let result = try connection.execute("SELECT seq, h FROM \(tables.lines) WHERE journal = $1 ORDER BY seq DESC LIMIT 1", [.text(id)])
        guard result.rows == 1, let seq = result.int(0, 0), let hash = result.bytes(0, 1) else { return nil }
        return (seq, hash)
    }

    /// The first seq to send after the region's head: refuses (and records) a fork when the local chain does not
    /// hold the region's head line.
    private static func continuation(of journal: LocalJournal, after head: (seq: Int, hash: [UInt8])?, id: String,
                                     tables: RegionTables, _ connection: RegionConnection) throws(RegionError) -> Int
    {
        guard let head else { return 0 }
        if head.seq <= journal.headSeq, journal.hash(head.seq) == head.hash { return head.seq + 1 }
        let agreed = try lastAgreed(journal, below: min(head.seq, journal.headSeq), id: id, tables: tables, connection)
        // Kept as evidence; inside a batch's transaction it goes with the rollback, and the next attempt records it.
        _ = try? connection.execute("""
            INSERT INTO \(tables.forks) (journal, agreed, region_head, offered_head, offered_hash) VALUES ($1, $2, $3, $4, $5)
            """, [.text(id), .int(agreed), .int(head.seq), .int(journal.headSeq), .bytes(journal.hash(journal.headSeq))])
        try? notify(RegionKind(journal.header.kind), journal: id, connection)
        throw .fork(agreed: agreed, regionHead: head.seq)
    }

    /// The last seq at or below `limit` where the region's line has the local line's hash. The chain makes
    /// agreement a prefix (a line that agrees means every line before it does), so a binary search finds it.
    private static func lastAgreed(_ journal: LocalJournal, below limit: Int, id: String, tables: RegionTables,
                                   _ connection: RegionConnection) throws(RegionError) -> Int
    {
        func agrees(_ seq: Int) throws(RegionError) -> Bool {
            let result = try connection.execute("SELECT h FROM \(tables.lines) WHERE journal = $1 AND seq = $2", [.text(id), .int(seq)])
            return result.rows == 1 && result.bytes(0, 0) == journal.hash(seq)
        }
        var (low, high) = (-1, limit)
        while low < high {
            let middle = (low + high + 1) / 2
            if try agrees(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
