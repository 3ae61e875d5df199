import BeredskapCore
import Foundation

/// Sjekkliste: the phase's steps from the procedures that apply, critical first; a ticked step says who
/// ticked it and when, a step past its deadline says FORSINKET. Below them the damage-limitation measures of
/// the incident's category (2g), ticked the same way. Enter ticks the selected row.
enum ChecklistScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let items = ChecklistItems.of(incident, in: model.state.organisation, now: model.now)
        let rows = ChecklistRow.of(incident, in: model.state.organisation, now: model.now)
        let overdue = items.filter { $0.isOverdue(at: model.now) }.count
        grid.put("Sjekkliste for fase «\(incident.phase.word)» (\(items.filter(\.done).count) av \(items.count) kvittert"
                 + (overdue > 0 ? ", \(overdue) forsinket)" : ")"), row: body.lowerBound, column: 1, style: Style(bold: true))
        if rows.isEmpty {
            ListRows.empty(incident.triage == nil
                ? "Ingen prosedyre gjelder ennå; sjekklisten kommer når hendelsen er vurdert (r)."
                : "Ingen steg i denne fasen.", row: body.lowerBound + 1, into: &grid)
            return
        }
        // Which procedures the steps come from, and their kind (factsheet 1f): paper, partial IS, reserve, parallel.
        let procedures = model.state.organisation.procedures(for: incident).map { "\($0.id) (\($0.mode.rawValue))" }
        grid.put("Prosedyrer: " + procedures.joined(separator: " · "), row: body.lowerBound + 1, column: 1,
                 width: grid.size.columns - 2, style: Style(.dim))
        let lines = (body.lowerBound + 2)..<body.upperBound
        ListRows.draw(rows, selected: model.checklist.selected(in: incident, rows), rows: lines, into: &grid) { row, line, column, style, grid in
            switch row {
            case .step(let item): drawStep(item, model: model, line: line, column: column, style: style, into: &grid)
            case .measuresHeading(let category):
                grid.put("Skadebegrensende tiltak (2g) for «\(InertText.make(category))»", row: line, column: column,
                         style: style == .normal ? Style(bold: true) : style)
            case .measure(let item):
                let base = item.done && style == .normal ? Style(.dim) : style
                let column = grid.put(item.done ? "[x] " : "[ ] ", row: line, column: column, style: base)
                drawText(InertText.make(item.text), tick: item.tick, model: model, line: line, column: column, style: base, into: &grid)
            }
        }
    }

    private static func drawStep(_ item: ChecklistItem, model: ConsoleModel, line: Int, column: Int, style: Style, into grid: inout Grid) {
        let base = item.done && style == .normal ? Style(.dim) : style
        var column = grid.put(item.done ? "[x] " : "[ ] ", row: line, column: column, style: base)
        if item.isOverdue(at: model.now), let due = item.due {
            column = grid.put("FORSINKET \(Minutes.describe(seconds: model.now.timeIntervalSince(due))) ", row: line, column: column,
                              style: Style(.overdue, bold: true))
        } else if item.step.critical && !item.done {
            column = grid.put("KRITISK ", row: line, column: column, style: Style(.critical, bold: true))
        }
        drawText("\(InertText.make(item.step.text)) (\(item.step.role); \(item.procedure.id))", tick: item.tick,
                 due: item.due, model: model, line: line, column: column, style: base, into: &grid)
    }

    /// The row's text, and at the right edge who ticked it when, or its deadline.
    private static func drawText(_ text: String, tick: StepTick?, due: Date? = nil, model: ConsoleModel, line: Int, column: Int,
                                 style: Style, into grid: inout Grid) {
        let who = tick.map { "  ✓ \(model.clock($0.at)) \(InertText.make($0.by.rawValue))" }
            ?? due.map { "  innen \(model.deadline($0))" } ?? ""
        let end = grid.size.columns - DisplayWidth.of(who) - 1
        grid.put(text, row: line, column: column, width: end - column - 1, style: style)
        grid.put(who, row: line, column: end, style: style)
    }
}
