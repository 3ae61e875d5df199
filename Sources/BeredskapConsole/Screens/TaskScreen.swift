import BeredskapCore
import Foundation

/// Oppgaver: who does what by when, overdue first; under them the selected task's role's tiltakskort for the
/// current level, then the krisestab roles and who holds them, with the roles the current level requires marked when empty.
enum TaskScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let roles = model.state.organisation.roles
        let roleRows = min(roles.count + 2, body.count / 3)
        let card = ActionCard.of(model, incident)
        let cardRows = card.map { min($0.actions.count + 1, body.count / 4) } ?? 0
        let tasks = TaskList.ordered(incident, now: model.now)
        let overdue = tasks.filter { TaskList.isOverdue($0, at: model.now) }.count
        grid.put("Oppgaver for \(incident.id) (\(Count.phrase(tasks.filter(\.isOpen).count, "åpen", "åpne"))" + (overdue > 0 ? ", \(overdue) forsinket)" : ")"),
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        let taskRows = (body.lowerBound + 1)..<(body.upperBound - roleRows - cardRows)
        if tasks.isEmpty {
            ListRows.empty("Ingen oppgaver ennå; de kommer med nivået. + legger til en.", row: taskRows.lowerBound, into: &grid)
        }
        ListRows.draw(tasks, selected: model.tasks.row(for: incident.id), rows: taskRows, into: &grid) { task, row, column, style, grid in
            let late = TaskList.isOverdue(task, at: model.now)
            let base = !task.isOpen && style == .normal ? Style(.dim) : style
            let status: String
            switch task.status {
            case .open: status = task.due.map { (late ? "FORSINKET " : "frist ") + model.deadline($0) } ?? "uten frist"
            case .done(let at, let by): status = "utført \(model.clock(at)) \(InertText.make(by.rawValue))"
            case .cancelled(let reason): status = "avlyst: \(InertText.make(reason))"
            }
            let role = model.state.organisation.role(task.role)?.name ?? task.role.rawValue
            let right = grid.size.columns - 28
            grid.put(InertText.make(task.title), row: row, column: column, width: right - column - 22, style: base)
            grid.put(role, row: row, column: right - 21, width: 20, style: base)
            grid.put(status, row: row, column: right, width: 27, style: late ? Style(.overdue, bold: true) : base)
        }
        if let card {
            drawCard(card, rows: (body.upperBound - roleRows - cardRows)..<(body.upperBound - roleRows), into: &grid)
        }
        drawRoles(model, rows: (body.upperBound - roleRows)..<body.upperBound, into: &grid)
    }

    private static func drawCard(_ card: ActionCard, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        grid.put("Tiltakskort for \(card.role.name), nivå \(card.level.rawValue): gjør først", row: first, column: 1, style: Style(bold: true))
        for (row, action) in zip(rows.dropFirst(), card.actions) {
            grid.put("• \(InertText.make(action))", row: row, column: 3, width: grid.size.columns - 4, style: .normal)
        }
    }

    private static func drawRoles(_ model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        grid.put("Krisestab (u utpeker eller overleverer)", row: first, column: 1, style: Style(bold: true))
        let required = Set(model.state.organisation.level(model.state.level)?.roles ?? [])
        var row = first + 1
        var column = 3
        // The roles the level requires and nobody holds come first, so they are seen even when the block is cut short.
        let roles = model.state.organisation.roles
        let missing = roles.filter { model.state.roles[$0.id] == nil && required.contains($0.id) }
        for role in missing + roles.filter({ !missing.contains($0) }) {
            let holder = model.state.roles[role.id]
            let missing = holder == nil && required.contains(role.id)
            let text = "\(role.name): " + (holder.map { InertText.make($0) } ?? (missing ? "MANGLER" : "–"))
            let width = DisplayWidth.of(text) + 3
            if column + width > grid.size.columns {
                row += 1
                column = 3
            }
            guard rows.contains(row) else { return }
            grid.put(text, row: row, column: column, style: missing ? Style(.overdue, bold: true) : .normal)
            column += width
        }
    }
}
