import BeredskapCore
import Foundation

/// Oversikt: «Hva nå?» first, then the incidents that still need something.
enum OverviewScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let incidents = model.activeIncidents
        // The incident list gets what it needs (at most a third of the body); "what now?" gets the rest.
        let listRows = min(incidents.count + 2, max(body.count / 3, 3))
        let injects = model.releasedInjects.suffix(3).reversed()
        let injectRows = injects.isEmpty ? 0 : injects.count + 2
        drawInjects(Array(injects), model: model, rows: body.lowerBound..<(body.lowerBound + injectRows), into: &grid)
        let nowRows = (body.lowerBound + injectRows)..<(body.upperBound - listRows)
        drawWhatNow(model, rows: nowRows, into: &grid)
        drawIncidents(incidents, model: model, rows: nowRows.upperBound..<body.upperBound, into: &grid)
    }

    /// In an exercise: the latest injects the facilitator released, newest first, so participants act on them.
    private static func drawInjects(_ injects: [ReleasedInject], model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first, let exercise = model.state.exercise else { return }
        grid.put("Innspill fra øvingsleder · nå \(exercise.clockTime(at: model.now))", row: first, column: 1,
                 style: Style(.exercise, bold: true))
        for (offset, released) in injects.enumerated() {
            let role = model.state.organisation.role(released.inject.to)?.name ?? released.inject.to.rawValue
            let end = grid.put("\(ExerciseClockTime(elapsed: released.release.clock).short) til \(role):", row: first + 1 + offset, column: 3,
                               width: 34, style: Style(bold: true))
            grid.put(InertText.make("\(released.inject.from): \(released.inject.text)"), row: first + 1 + offset, column: end + 1)
        }
    }

    /// Core's «Hva nå?», most pressing first, each with the key that does it; Enter does the selected one.
    private static func drawWhatNow(_ model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        let items = model.whatNow
        grid.put("Hva nå? (\(Count.phrase(items.count, "punkt", "punkter")); Enter gjør det valgte, ↑↓ velger)", row: first, column: 1,
                 style: Style(bold: true))
        let showsIncident = model.activeIncidents.count > 1
        ListRows.draw(items, selected: model.overview.selected(in: items), rows: (first + 1)..<rows.upperBound, into: &grid) {
            item, row, column, style, grid in
            var column = grid.put(NextActionKey.label(for: item.kind), row: row, column: column, width: 5, style: Style(bold: true))
            let (label, labelStyle) = describe(item, model: model)
            column = grid.put(label, row: row, column: max(column + 1, 9), width: 18, style: style == .normal ? labelStyle : style)
            let suffix = showsIncident ? item.incident.map { "  \($0)" } ?? "" : ""
            grid.put(item.title + suffix, row: row, column: max(column + 1, 27),
                     style: style == .normal && item.urgency == .overdue ? Style(.overdue) : style)
        }
    }

    private static func describe(_ item: NextAction, model: ConsoleModel) -> (String, Style) {
        switch item.urgency {
        case .overdue:
            ("FORSINKET \(Minutes.describe(seconds: model.now.timeIntervalSince(item.due ?? model.now)))", Style(.overdue, bold: true))
        case .now:
            if case .step = item.kind { ("Kritisk steg", Style(.critical, bold: true)) } else { ("Nå", Style(bold: true)) }
        case .due:
            (item.due.map { "Frist \(model.deadline($0))" } ?? "Snart", .normal)
        case .next:
            ("Deretter", .normal)
        case .later:
            ("Uten frist", Style(.dim))
        }
    }

    /// The incidents that still need something: open ones, and closed ones awaiting their evaluation.
    private static func drawIncidents(_ incidents: [Incident], model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        let open = incidents.filter(\.phase.isOpen).count
        let counts = [Count.phrase(open, "åpen", "åpne")] + (open < incidents.count ? ["\(incidents.count - open) til evaluering"] : [])
        grid.put("Hendelser (\(counts.joined(separator: ", ")); Tab bytter, H viser alle)", row: first, column: 1, style: Style(bold: true))
        for (offset, incident) in incidents.prefix(rows.count - 1).enumerated() {
            let row = first + 1 + offset
            let selected = incident.id == model.selectedIncident
            let clock = Clocks.outage(incident, now: model.now)
            let elapsed = Minutes.describe(seconds: clock.elapsed) + (clock.maxOutage.map { " / \($0)" } ?? "")
            let style = selected ? Style(.selected) : .normal
            if selected { grid.paint(row: row, style: style) }
            let right = grid.size.columns - DisplayWidth.of(elapsed) - 1
            var column = grid.put(selected ? "▶ " : "  ", row: row, column: 1, style: style)
            column = grid.put("\(incident.id)  \(incident.phase.word)", row: row, column: column, width: 27, style: style)
            grid.put(InertText.make(incident.title), row: row, column: max(column + 2, 30), width: right - 32, style: style)
            grid.put(elapsed, row: row, column: right, style: clock.exceeded ? Style(.overdue, bold: true) : style)
        }
    }
}
