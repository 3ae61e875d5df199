import BeredskapCore
import Foundation

/// Oversikt: "what now?" first, then the open incidents.
enum OverviewScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let incidents = model.state.openIncidents
        // The incident list gets what it needs (at most a third of the body); "what now?" gets the rest.
        let listRows = min(incidents.count + 2, max(body.count / 3, 3))
        let injects = model.state.exercise?.released().suffix(3).reversed() ?? []
        let injectRows = injects.isEmpty ? 0 : injects.count + 2
        drawInjects(Array(injects), model: model, rows: body.lowerBound..<(body.lowerBound + injectRows), into: &grid)
        let nowRows = (body.lowerBound + injectRows)..<(body.upperBound - listRows)
        drawWhatNow(model, rows: nowRows, into: &grid)
        drawIncidents(incidents, model: model, rows: nowRows.upperBound..<body.upperBound, into: &grid)
    }

    /// In an exercise: the latest injects the facilitator released, newest first, so participants act on them.
    private static func drawInjects(_ injects: [ReleasedInject], model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first, let exercise = model.state.exercise else { return }
        grid.put("Innspill fra øvingsleder (\(ExerciseScreen.clock(exercise.clock(at: model.now).elapsed)))", row: first, column: 1,
                 style: Style(.exercise, bold: true))
        for (offset, released) in injects.enumerated() {
            let role = model.state.organisation.role(released.inject.to)?.name ?? released.inject.to.rawValue
            let end = grid.put("\(model.clock(released.release.at)) til \(role):", row: first + 1 + offset, column: 3, width: 34,
                               style: Style(bold: true))
            grid.put(InertText.make("\(released.inject.from): \(released.inject.text)"), row: first + 1 + offset, column: end + 1)
        }
    }

    private static func drawWhatNow(_ model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        grid.put("Hva nå?", row: first, column: 1, style: Style(bold: true))
        let items = WhatNow.items(model.state, now: model.now)
        if items.isEmpty {
            grid.put("Ingenting haster. Trykk n for ny hendelse eller l for å føre logg.", row: first + 1, column: 3, style: Style(.dim))
            return
        }
        let room = rows.count - 1
        let showsIncident = model.state.openIncidents.count > 1
        for (offset, item) in items.prefix(room).enumerated() {
            let row = first + 1 + offset
            let last = offset == room - 1 && items.count > room
            if last {
                grid.put("… og \(items.count - room + 1) til", row: row, column: 3, style: Style(.dim))
                break
            }
            let (label, style) = describe(item, model: model)
            let end = grid.put(label, row: row, column: 3, width: 20, style: style)
            let suffix = showsIncident ? "  \(item.incident)" : ""
            grid.put(InertText.make(item.title) + suffix, row: row, column: max(end + 1, 24),
                     style: item.urgency == .overdue ? Style(.overdue) : .normal)
        }
    }

    private static func describe(_ item: WhatNowItem, model: ConsoleModel) -> (String, Style) {
        switch item.urgency {
        case .overdue:
            ("FORSINKET \(Minutes.describe(seconds: model.now.timeIntervalSince(item.due ?? model.now)))", Style(.overdue, bold: true))
        case .criticalStep:
            ("Kritisk steg", Style(.critical, bold: true))
        case .coming:
            ("Frist \(model.clock(item.due ?? model.now))", .normal)
        }
    }

    private static func drawIncidents(_ incidents: [Incident], model: ConsoleModel, rows: Range<Int>, into grid: inout Grid) {
        guard let first = rows.first else { return }
        grid.put("Åpne hendelser (\(incidents.count))", row: first, column: 1, style: Style(bold: true))
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
