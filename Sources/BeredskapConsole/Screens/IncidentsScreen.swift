import BeredskapCore
import Foundation

/// Hendelser: every incident in the journal in the order they were opened, open, closed and evaluated, so any of
/// them can be reached again after a restart; Enter selects one and goes to the overview.
enum IncidentsScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let incidents = model.state.incidents
        let open = incidents.filter(\.phase.isOpen).count
        let closed = incidents.filter { $0.phase == .closed }.count
        grid.put("Hendelser (\(Count.phrase(open, "åpen", "åpne")), \(closed) til evaluering, \(incidents.count - open - closed) evaluert)",
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        if incidents.isEmpty {
            ListRows.empty("Ingen hendelser ennå. Trykk n for ny hendelse.", row: body.lowerBound + 1, into: &grid)
            return
        }
        let selected = model.incidentList.row(for: incidents.count)
        ListRows.draw(incidents, selected: selected, rows: (body.lowerBound + 1)..<body.upperBound, into: &grid) { incident, row, column, style, grid in
            let current = incident.id == model.selectedIncident ? " (valgt)" : ""
            var column = grid.put("\(incident.id)\(current)", row: row, column: column, width: 22, style: style)
            column = grid.put(incident.phase.word, row: row, column: max(column + 1, 25), width: 14, style: style)
            column = grid.put("\(model.day(incident.detectedAt)) \(model.clock(incident.detectedAt))", row: row, column: max(column + 1, 40),
                              style: style)
            grid.put(InertText.make(incident.title), row: row, column: column + 2, style: incident.phase == .evaluated && style == .normal
                     ? Style(.dim) : style)
        }
    }
}
