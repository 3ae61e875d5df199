import BeredskapRegion
import Foundation

extension RegionConnection {
    /// Inserts one journal line straight into the region's table, its `prev` and `h` read from the line itself:
    /// what a client that skips `beredskap sync` (or a test) would send.
    func insertLine(_ line: Data, seq: Int, journal: String) throws(RegionError) {
        try execute("""
            INSERT INTO beredskap_real.lines (journal, seq, prev, h, line)
            VALUES ($1, $2, decode(substring(convert_from($3, 'UTF8') from '"prev":"([0-9a-f]{64})"'), 'hex'),
                    decode(substring(convert_from($3, 'UTF8') from '"h":"([0-9a-f]{64})"}$'), 'hex'), $3)
            """, [.text(journal), .int(seq), .bytes(Array(line))])
    }
}
