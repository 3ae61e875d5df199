import Foundation

extension RegionPicture.Hospital {
    /// One line of a hospital's block in the regional picture, indented as it is shown, with what it tells.
    public struct Line: Hashable, Sendable {
        public enum Tone: Hashable, Sendable {
            case title, plain, warning, overdue
        }

        public var text: String
        public var tone: Tone
    }

    /// The hospital's block as `region status` prints it and the regional screen shows the selected hospital: name
    /// and level, the sync, forks, and each open incident with its phase, systems by name, outage clock and
    /// outstanding mandatory notifications. `later` is how long after the picture's reading this is shown: the
    /// outage clocks run on until restoration. Every text from the database goes through ``InertText``.
    public func lines(timeZone: TimeZone, later: TimeInterval = 0) -> [Line] {
        var lines = [Line(text: "\(InertText.make(hospital))  \(levelWords(timeZone: timeZone))", tone: .title)]
        let synced = syncedSeq.map { "synket til nr. \($0)" } ?? "ikke synket ennå"
        lines.append(Line(text: "  Journal \(InertText.make(journal)): \(synced)"
            + (lastSync.map { ", sist \(Timestamps.local($0, timeZone: timeZone))" } ?? ""), tone: .plain))
        if forks > 0 {
            lines.append(Line(text: "  ADVARSEL: \(Count.phrase(forks, "synk", "synker")) avvist fordi kjeden var endret (se docs/REGION.md).",
                              tone: .warning))
        }
        if openIncidents.isEmpty { lines.append(Line(text: "  Ingen åpne hendelser.", tone: .plain)) }
        for incident in openIncidents {
            lines.append(Line(text: "  \(InertText.make(incident.incident))  \(InertText.make(incident.title))  [fase: \(incident.phase.word)]",
                              tone: .plain))
            if !incident.systems.isEmpty {
                lines.append(Line(text: "    Systemer: \(incident.systems.map(InertText.make).joined(separator: ", "))", tone: .plain))
            }
            if incident.outage {
                let seconds = incident.outageSeconds(later: later)
                let exceeded = incident.exceedsMaxOutage(after: seconds)
                var clock = "    Avbrudd: \(Minutes.describe(seconds: seconds))"
                if let max = incident.maxOutageMinutes {
                    clock += " av maks \(Minutes(max))" + (exceeded ? " — MAKSIMAL AVBRUDDSTID OVERSKREDET" : "")
                }
                lines.append(Line(text: clock + (incident.restored ? " (gjenopprettet)" : ""), tone: exceeded ? .overdue : .plain))
            }
            if incident.outstandingNotifications > 0 {
                lines.append(Line(text: "    Pålagte varsler som gjenstår: \(incident.outstandingNotifications)", tone: .warning))
            }
        }
        return lines
    }

    /// `RØD siden 24.11.2026 03:12`, or «ukjent nivå» before the first decoded sync.
    public func levelWords(timeZone: TimeZone) -> String {
        level.map { $0.word + (levelSince.map { " siden \(Timestamps.local($0, timeZone: timeZone))" } ?? "") } ?? "ukjent nivå"
    }
}
