import BeredskapCore

/// Sjekkliste: the phase's steps from the procedures that apply; Enter ticks the selected one.
enum ChecklistScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        guard let incident = model.incident else {
            grid.put("Ingen hendelse valgt.", row: body.lowerBound, column: 1)
            return
        }
        let items = ChecklistItems.of(incident, in: model.state.organisation)
        grid.put("Sjekkliste for fase «\(incident.phase.word)» (\(items.filter(\.done).count) av \(items.count) kvittert)",
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        if items.isEmpty {
            grid.put("Ingen prosedyre gjelder ennå; sjekklisten kommer når hendelsen er vurdert.", row: body.lowerBound + 1,
                     column: 3, style: Style(.dim))
            return
        }
        let rows = body.count - 1
        let top = max(0, min(model.selectedStep - rows + 1, items.count - rows))
        for (index, item) in items.enumerated().dropFirst(top).prefix(rows) {
            let row = body.lowerBound + 1 + index - top
            let selected = index == model.selectedStep
            let base = selected ? Style(.selected) : (item.done ? Style(.dim) : .normal)
            if selected { grid.paint(row: row, style: base) }
            var column = grid.put((selected ? "▶ " : "  ") + (item.done ? "[x] " : "[ ] "), row: row, column: 1, style: base)
            if item.step.critical && !item.done {
                column = grid.put("KRITISK ", row: row, column: column, style: Style(.critical, bold: true))
            }
            grid.put("\(InertText.make(item.step.text)) (\(item.step.role); \(item.procedure.id))", row: row, column: column, style: base)
        }
    }
}
