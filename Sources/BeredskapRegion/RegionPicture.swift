import BeredskapCore
import Foundation

/// The picture as the regional database holds it, from the decoded tables only.
extension RegionPicture {
    /// Reads the picture as of `now`.
    public static func read(_ connection: RegionConnection, kind: RegionKind, now: Date) throws(RegionError) -> RegionPicture {
        try RegionSchema.require(connection)
        let tables = RegionTables(kind)
        let rows = try connection.execute("""
            SELECT j.journal, j.hospital, s.level, s.level_since, s.decoded_seq, j.last_sync,
                   (SELECT count(*) FROM \(tables.forks) f WHERE f.journal = j.journal)
            FROM \(tables.journals) j LEFT JOIN \(tables.hospitalState) s USING (journal)
            ORDER BY j.hospital, j.journal
            """)
        var hospitals: [Hospital] = (0..<rows.rows).map { row in
            Hospital(journal: rows.string(row, 0) ?? "", hospital: rows.string(row, 1) ?? "",
                     level: rows.string(row, 2).flatMap(ReadinessLevel.init(rawValue:)),
                     levelSince: rows.string(row, 3).flatMap(RegionTime.date), syncedSeq: rows.int(row, 4),
                     lastSync: rows.string(row, 5).flatMap(RegionTime.date), forks: rows.int(row, 6) ?? 0, openIncidents: [])
        }
        let open = "{" + Phase.open.map(\.rawValue).joined(separator: ",") + "}"
        let incidents = try connection.execute("""
            SELECT i.journal, i.incident, i.title, i.phase, i.detected_at, i.restored_at, i.closed_at, i.availability,
                   i.max_outage_minutes,
                   coalesce((SELECT string_agg(a.name, E'\\x1f' ORDER BY a.name) FROM \(tables.affectedSystems) a
                             WHERE a.journal = i.journal AND a.incident = i.incident), ''),
                   (SELECT count(*) FROM \(tables.notifications) n WHERE n.journal = i.journal AND n.incident = i.incident
                    AND n.mandatory AND n.reached_at IS NULL AND NOT n.declined)
            FROM \(tables.incidents) i WHERE i.phase = ANY($1::text[])
            ORDER BY i.detected_at, i.incident
            """, [.text(open)])
        let index = Dictionary(uniqueKeysWithValues: hospitals.enumerated().map { ($1.journal, $0) })
        for row in 0..<incidents.rows {
            guard let journal = incidents.string(row, 0), let position = index[journal],
                  let phase = incidents.string(row, 3).flatMap(Phase.init(rawValue:)),
                  let detected = incidents.string(row, 4).flatMap(RegionTime.date)
            else { continue }
            let restored = incidents.string(row, 5).flatMap(RegionTime.date)
            let end = restored ?? incidents.string(row, 6).flatMap(RegionTime.date) ?? now
            let systems = incidents.string(row, 9).map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
            hospitals[position].openIncidents.append(OpenIncident(
                incident: incidents.string(row, 1) ?? "", title: incidents.string(row, 2) ?? "", phase: phase, detectedAt: detected,
                systems: systems, outage: incidents.bool(row, 7) ?? false, outageSeconds: max(0, end.timeIntervalSince(detected)),
                maxOutageMinutes: incidents.int(row, 8), restored: restored != nil, outstandingNotifications: incidents.int(row, 10) ?? 0))
        }
        return RegionPicture(kind: kind, at: now, hospitals: hospitals)
    }
}
