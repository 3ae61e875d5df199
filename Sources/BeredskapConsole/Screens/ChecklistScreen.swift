import BeredskapCore

/// Sjekkliste: the phase's steps from the procedures that apply, critical first; a ticked step says who
/// ticked it and when, a step past its deadline says FORSINKET. Enter ticks the selected one.
enum ChecklistScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let items = ChecklistItems.of(incident, in: model.state.organisation, now: model.now)
        let overdue = items.filter { $0.isOverdue(at: model.now) }.count
        grid.put("Sjekkliste for fase «\(incident.phase.word)» (\(items.filter(\.done).count) av \(items.count) kvittert"
                 + (overdue > 0 ? ", \(overdue) forsinket)" : ")"), row: body.lowerBound, column: 1, style: Style(bold: true))
        if items.isEmpty {
            ListRows.empty(incident.triage == nil
                ? "Ingen prosedyre gjelder ennå; sjekklisten kommer når hendelsen er vurdert (r)."
                : "Ingen steg i denne fasen.", row: body.lowerBound + 1, into: &grid)
            return
        }
        let rows = (body.lowerBound + 1)..<body.upperBound
        ListRows.draw(items, selected: model.checklist.selected(in: incident, items), rows: rows, into: &grid) { item, row, column, style, grid in
            let base = item.done && style == .normal ? Style(.dim) : style
            var column = grid.put(item.done ? "[x] " : "[ ] ", row: row, column: column, style: base)
            if item.isOverdue(at: model.now), let due = item.due {
                column = grid.put("FORSINKET \(Minutes.describe(seconds: model.now.timeIntervalSince(due))) ", row: row, column: column,
                                  style: Style(.overdue, bold: true))
            } else if item.step.critical && !item.done {
                column = grid.put("KRITISK ", row: row, column: column, style: Style(.critical, bold: true))
            }
            let who = item.tick.map { "  ✓ \(model.clock($0.at)) \(InertText.make($0.by.rawValue))" }
                ?? item.due.map { "  innen \(model.clock($0))" } ?? ""
            let end = grid.size.columns - DisplayWidth.of(who) - 1
            grid.put("\(InertText.make(item.step.text)) (\(item.step.role); \(item.procedure.id))", row: row, column: column,
                     width: end - column - 1, style: base)
            grid.put(who, row: row, column: end, style: base)
        }
    }
}
