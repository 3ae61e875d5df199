import BeredskapCore
import BeredskapJournal
import Foundation

/// The decoded tables of one journal, from the state its whole chain replays to: what the region queries
/// (levels, incidents, affected systems, notifications). Rewritten whole at each sync, so they always follow
/// from the lines the region holds up to `seq`.
struct DecodedRows {
    let state: State
    let seq: Int

    init(_ state: State, seq: Int) {
        self.state = state
        self.seq = seq
    }

    /// Writes the tables, unless they already hold exactly these rows: a digest of the rows is kept beside the
    /// decoded seq, so a sync whose lines changed nothing the region shows (a log line, a call's note) only moves
    /// the seq instead of deleting and copying every incident and notification of the journal again.
    func write(journal id: String, tables: RegionTables, _ connection: RegionConnection) throws(RegionError) {
        let organisation = state.organisation
        var incidents = CopyRows(), systems = CopyRows(), duties = CopyRows(), levels = CopyRows()
        for incident in state.incidents {
            let triage = incident.triage
            incidents.append([
                .text(id), .text(incident.id.rawValue), .text(incident.title), .text(incident.phase.rawValue), .bool(incident.planned),
                .text(RegionTime.text(incident.detectedAt)), time(incident.triagedAt), time(incident.restoredAt), time(incident.closedAt),
                triage.map { .text($0.category.rawValue) } ?? .null, triage.map { .text($0.severity.rawValue) } ?? .null,
                .bool(Clocks.isOutage(incident)), triage?.maxOutage.map { .int($0.value) } ?? .null,
            ])
            for system in Set(triage?.systems ?? []).sorted(by: { $0.rawValue < $1.rawValue }) {
                systems.append([.text(id), .text(incident.id.rawValue), .text(system.rawValue),
                                .text(organisation.system(system)?.name ?? system.rawValue)])
            }
            for duty in incident.duties {
                duties.append([.text(id), .text(incident.id.rawValue), .text(duty.id.rawValue), .text(duty.recipient), .bool(duty.mandatory),
                               time(duty.due), time(duty.reachedAt), .bool(duty.declinedReason != nil)])
            }
        }
        for decision in state.levelHistory {
            levels.append([.text(id), .text(RegionTime.text(decision.at)), .text(decision.change.to.rawValue), .text(decision.change.reason)])
        }
        let level: CopyRows.Value = .text(state.level.rawValue)
        let since: CopyRows.Value = state.levelDecidedAt.map { .text(RegionTime.text($0)) } ?? .null
        var head = CopyRows()
        head.append([level, since, .text(organisation.timeZone.identifier)])
        let digest = (head.bytes + incidents.bytes + systems.bytes + duties.bytes + levels.bytes).withUnsafeBytes { LineHash(hashing: $0) }.description

        let held = try connection.execute("SELECT decoded_digest FROM \(tables.hospitalState) WHERE journal = $1", [.text(id)])
        if held.rows == 1, held.string(0, 0) == digest {
            try connection.execute("UPDATE \(tables.hospitalState) SET decoded_seq = $2 WHERE journal = $1", [.text(id), .int(seq)])
            return
        }
        // Deleting the incidents removes their systems and notifications (ON DELETE CASCADE).
        for table in [tables.levels, tables.incidents, tables.hospitalState] {
            try connection.execute("DELETE FROM \(table) WHERE journal = $1", [.text(id)])
        }
        try connection.execute("""
            INSERT INTO \(tables.hospitalState) (journal, decoded_seq, level, level_since, time_zone, decoded_digest)
            VALUES ($1, $2, $3, $4, $5, $6)
            """, [.text(id), .int(seq), .text(state.level.rawValue), state.levelDecidedAt.map { .text(RegionTime.text($0)) } ?? .null,
                  .text(organisation.timeZone.identifier), .text(digest)])
        try connection.copy(into: tables.incidents, columns: [
            "journal", "incident", "title", "phase", "planned", "detected_at", "triaged_at", "restored_at", "closed_at",
            "category", "severity", "availability", "max_outage_minutes",
        ], incidents)
        try connection.copy(into: tables.affectedSystems, columns: ["journal", "incident", "system", "name"], systems)
        try connection.copy(into: tables.notifications, columns: [
            "journal", "incident", "duty", "recipient", "mandatory", "due", "reached_at", "declined",
        ], duties)
        try connection.copy(into: tables.levels, columns: ["journal", "at", "level", "reason"], levels)
    }

    private func time(_ date: Date?) -> CopyRows.Value { date.map { .text(RegionTime.text($0)) } ?? .null }
}
