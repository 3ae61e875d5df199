import BeredskapCore
import Foundation

/// Øvelse, the facilitator's view: the exercise clock (scenario time, with the scenario's own time of day where
/// it has one), every inject at its T+mm with where it stands (due ones marked), and for the selected inject its
/// text and the expected actions with their assessments. `i` reads an inject whole; `u` the notes and hot wash.
enum ExerciseScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let layout = Layout(size: grid.size)
        let body = layout.body
        guard let exercise = model.state.exercise else {
            grid.put("Ingen øvelse er startet", row: body.lowerBound, column: 1, style: Style(bold: true))
            ListRows.empty(model.isExercise ? "+ starter et scenario fra Playbooks/ovelser/; deltakerne bruker konsollet som vanlig."
                                            : "Øvelser kjøres i en egen øvelsesjournal: beredskap exercise start SCENARIO.",
                           row: body.lowerBound + 1, into: &grid)
            return
        }
        let clock = exercise.clock(at: model.now)
        let timeline = exercise.timeline(at: model.now)
        let due = timeline.filter { $0.progress == .due }.count
        let released = timeline.filter { if case .released = $0.progress { true } else { false } }.count
        let state = switch clock.status {
        case .running: "kjører"
        case .paused: "PAUSE"
        case .ended: "ENDEX"
        }
        let tempo = exercise.tempo == .realTime ? "" : " · tempo \(exercise.tempo)"
        let notes = ExerciseNotes(exercise: exercise, hotWash: model.state.hotWash).count
        grid.put("\(InertText.make(exercise.scenario.title)) · \(exercise.scenario.clockTime(clock.elapsed)) \(state)\(tempo) · "
                 + "\(released) av \(timeline.count) sluppet" + (due > 0 ? " · \(due) FORFALT" : "")
                 + (notes > 0 ? " · \(Count.phrase(notes, "notat", "notater")) (u)" : ""),
                 row: body.lowerBound, column: 1,
                 style: clock.isPaused || due > 0 ? Style(.overdue, bold: true) : Style(bold: true))
        let (list, detail) = layout.listAndDetail(count: timeline.count)
        let selected = model.injects.row(for: exercise.scenario.id)
        ListRows.draw(timeline, selected: selected, rows: list, into: &grid) { status, row, column, style, grid in
            let (word, marked) = describe(status, model: model)
            let role = model.state.organisation.role(status.inject.to)?.name ?? status.inject.to.rawValue
            var column = grid.put("\(ExerciseClockTime(elapsed: status.inject.at.seconds).short) \(status.inject.id)", row: row, column: column,
                                  width: 10, style: style)
            column = grid.put(word, row: row, column: column + 1, width: 20, style: marked ? Style(.overdue, bold: true) : style)
            column = grid.put(role, row: row, column: max(column + 1, 32), width: 20, style: style)
            grid.put(InertText.make(status.inject.text), row: row, column: max(column + 1, 53), style: style)
        }
        guard timeline.indices.contains(selected) else { return }
        Layout.divider(above: detail, into: &grid)
        drawDetail(timeline[selected].inject, model: model, exercise: exercise, rows: detail, into: &grid)
    }

    private static func describe(_ status: InjectStatus, model: ConsoleModel) -> (String, Bool) {
        switch status.progress {
        case .scheduled: (status.expectedAt.map { "kl. \(model.deadline($0))" } ?? "venter", false)
        case .due: ("FORFALT", true)
        case .released(let release): ("sluppet \(model.deadline(release.at))", false)
        case .skipped: ("hoppet over", false)
        case .unplayed: ("ikke gitt ut før ENDEX", false)
        }
    }

    private static func drawDetail(_ inject: Inject, model: ConsoleModel, exercise: Exercise, rows: Range<Int>, into grid: inout Grid) {
        guard !rows.isEmpty else { return }
        var lines = model.injectDetail(inject, in: exercise).flatMap { TextBlock.wrap($0, width: grid.size.columns - 2) }
        if lines.count > rows.count {
            lines = lines.prefix(rows.count - 1) + ["… i viser hele teksten"]
        }
        for (offset, line) in lines.enumerated() {
            grid.put(InertText.make(line), row: rows.lowerBound + offset, column: 1,
                     style: line.hasPrefix("[ikke vurdert]") || line.hasPrefix("…") ? Style(.dim) : .normal)
        }
    }
}
