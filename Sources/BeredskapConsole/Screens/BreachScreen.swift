import BeredskapCore
import Foundation

/// Personvern: the 72 h clock to Datatilsynet, what is known for the notification (each Normen 5.8.1 item,
/// missing ones said), and the notifications sent.
enum BreachScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        guard let aware = incident.privacyBreachAwareAt else {
            grid.put("Personvern for \(incident.id)", row: body.lowerBound, column: 1, style: Style(bold: true))
            ListRows.empty("Ikke meldt som personvernbrudd. Er personopplysninger kommet på avveie, endret eller utilgjengelige?",
                           row: body.lowerBound + 1, into: &grid)
            ListRows.empty("+ melder bruddet; fristen til Datatilsynet er 72 timer fra dere ble kjent med det.", row: body.lowerBound + 2, into: &grid)
            return
        }
        var row = body.lowerBound
        grid.put("Personvernbrudd i \(incident.id), kjent fra \(model.clock(aware))", row: row, column: 1, style: Style(bold: true))
        row += 1
        if let deadline = Clocks.privacyBreachDeadline(incident) {
            let left = deadline.timeIntervalSince(model.now)
            grid.put(left < 0 ? "FRISTEN ER PASSERT med \(Minutes.describe(seconds: -left)); meld nå og oppgi grunnen."
                              : "Meldes Datatilsynet innen \(Minutes.describe(seconds: left)) (\(model.day(deadline)) \(model.clock(deadline)))",
                     row: row, column: 1, style: left < 0 ? Style(.overdue, bold: true) : Style(bold: true))
        } else {
            let sent = incident.breachReports.map(\.stage.rawValue).joined(separator: ", ")
            grid.put("Meldt Datatilsynet: \(sent)", row: row, column: 1)
        }
        row += 1
        let details = incident.breachDetails
        let items: [(String, String?)] = [
            ("Registrerte", details.subjectCategories), ("Antall", details.approximateSubjects.map(String.init)),
            ("Opplysninger", details.dataTypes), ("Kontaktpunkt", details.contactPoint),
            ("Konsekvenser", details.likelyConsequences), ("Tiltak", details.measures), ("Årsak", details.cause),
            ("Tidsrom", details.period), ("Hvor", details.location),
        ]
        for (label, value) in items where body.contains(row + 1) {
            row += 1
            let end = grid.put(label + ":", row: row, column: 3, width: 14, style: Style(.dim))
            grid.put(value.map(InertText.make) ?? "mangler (d)", row: row, column: max(end + 1, 18),
                     style: value == nil ? Style(.overdue) : .normal)
        }
    }
}
