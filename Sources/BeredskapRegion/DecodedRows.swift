import BeredskapCore
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

    func write(journal id: String, tables: RegionTables, _ connection: RegionConnection) throws(RegionError) {
        // Deleting the incidents removes their systems and notifications (ON DELETE CASCADE).
        for table in [tables.levels, tables.incidents, tables.hospitalState] {
            try connection.execute("DELETE FROM \(table) WHERE journal = $1", [.text(id)])
        }
        let organisation = state.organisation
        try connection.execute("""
            INSERT INTO \(tables.hospitalState) (journal, decoded_seq, level, level_since, time_zone) VALUES ($1, $2, $3, $4, $5)
            """, [.text(id), .int(seq), .text(state.level.rawValue), state.levelDecidedAt.map { .text(RegionTime.text($0)) } ?? .null,
                  .text(organisation.timeZone.identifier)])

        var incidents = CopyRows(), systems = CopyRows(), duties = CopyRows(), levels = CopyRows()
        for incident in state.incidents {
            let triage = incident.triage
            incidents.append([
                .text(id), .text(incident.id.rawValue), .text(incident.title), .text(incident.phase.rawValue), .bool(incident.planned),
                .text(RegionTime.text(incident.detectedAt)), time(incident.triagedAt), time(incident.restoredAt), time(incident.closedAt),
                triage.map { .text($0.category.rawValue) } ?? .null, triage.map { .text($0.severity.rawValue) } ?? .null,
                .bool(Clocks.isOutage(incident)), triage?.maxOutage.map { .int($0.value) } ?? .null,
            ])
            for system in Set(triage?.systems ?? []) {
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
