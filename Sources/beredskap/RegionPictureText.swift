import BeredskapCore
import BeredskapRegion
import Foundation

/// `beredskap region status` as text: one block per hospital, its open incidents under it.
extension RegionPicture {
    func text(timeZone: TimeZone) -> String {
        var lines: [String] = []
        if kind == .exercise { lines.append("*** ØVELSE ***") }
        lines.append("Regionen \(Timestamps.local(at, timeZone: timeZone)): "
            + Count.phrase(hospitals.count, "journal", "journaler") + (kind == .exercise ? " fra øvelser." : "."))
        if hospitals.isEmpty { lines.append("Ingen sykehus har synket ennå: `beredskap sync` på hvert sykehus.") }
        for hospital in hospitals {
            lines.append("")
            let level = hospital.level.map { $0.word + (hospital.levelSince.map { " siden \(Timestamps.local($0, timeZone: timeZone))" } ?? "") }
                ?? "ukjent nivå"
            lines.append("\(InertText.make(hospital.hospital))  \(level)")
            let synced = hospital.syncedSeq.map { "synket til nr. \($0)" } ?? "ikke synket ennå"
            lines.append("  Journal \(hospital.journal): \(synced)"
                + (hospital.lastSync.map { ", sist \(Timestamps.local($0, timeZone: timeZone))" } ?? ""))
            if hospital.forks > 0 {
                lines.append("  ADVARSEL: \(Count.phrase(hospital.forks, "synk", "synker")) avvist fordi kjeden var endret (se docs/REGION.md).")
            }
            if hospital.openIncidents.isEmpty { lines.append("  Ingen åpne hendelser.") }
            for incident in hospital.openIncidents {
                lines.append("  \(InertText.make(incident.incident))  \(InertText.make(incident.title))  [fase: \(incident.phase.word)]")
                if !incident.systems.isEmpty {
                    lines.append("    Systemer: \(incident.systems.map(InertText.make).joined(separator: ", "))")
                }
                if incident.outage {
                    var clock = "    Avbrudd: \(Minutes.describe(seconds: incident.outageSeconds))"
                    if let max = incident.maxOutageMinutes {
                        clock += " av maks \(Minutes(max))" + (incident.maxOutageExceeded ? " — MAKSIMAL AVBRUDDSTID OVERSKREDET" : "")
                    }
                    lines.append(clock + (incident.restored ? " (gjenopprettet)" : ""))
                }
                if incident.outstandingNotifications > 0 {
                    lines.append("    Pålagte varsler som gjenstår: \(incident.outstandingNotifications)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
