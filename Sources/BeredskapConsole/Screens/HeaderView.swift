import BeredskapCore
import Foundation

/// The always-visible top: level banner (colour and word), ØVELSE, the incident and its phase, the clocks,
/// the screens, the journal state and the operator.
enum HeaderView {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let width = grid.size.columns
        let banner = bannerStyle(model.state.level)
        grid.paint(row: 0, style: banner)
        var column = grid.put(" BEREDSKAPSNIVÅ \(model.state.level.word) ", row: 0, column: 0, style: banner)
        if model.isExercise {
            column = grid.put(" ØVELSE ", row: 0, column: column + 1, style: Style(.exercise, bold: true))
        }
        let status = " Journal: \(model.journalStatus.word) · Operatør: \(InertText.make(model.operatorName.rawValue)) "
        let statusColumn = width - DisplayWidth.of(status)
        let organisation = model.state.organisation.name
        if !organisation.isEmpty {
            grid.put(InertText.make(organisation), row: 0, column: column + 2, width: statusColumn - column - 3, style: banner)
        }
        grid.put(status, row: 0, column: max(statusColumn, column), style: model.journalStatus == .saved ? banner : Style(.error, bold: true))

        if let incident = model.incident {
            let line = "\(incident.id)  \(InertText.make(incident.title))"
            let phase = "  fase: \(incident.phase.word)"
            let end = grid.put(line, row: 1, column: 1, width: width - 2 - DisplayWidth.of(phase), style: Style(bold: true))
            grid.put(phase, row: 1, column: end)
            drawClocks(incident, model: model, into: &grid)
        } else {
            grid.put("Ingen åpen hendelse valgt. Trykk n for ny hendelse.", row: 1, column: 1)
        }

        drawTabs(model.screen, into: &grid)
        grid.put(String(repeating: "─", count: width), row: 4, column: 0, style: Style(.dim))
    }

    /// Every screen by name, the current one highlighted: padded when there is room, packed at 80 columns.
    private static func drawTabs(_ current: ScreenID, into grid: inout Grid) {
        let names = ScreenID.allCases.map(\.title)
        let padded = names.reduce(0) { $0 + DisplayWidth.of($1) + 2 } <= grid.size.columns - 2
        var column = padded ? 1 : 0
        for screen in ScreenID.allCases {
            if !padded && screen != ScreenID.allCases.first { column = grid.put("│", row: 3, column: column, style: Style(.dim)) }
            let style = screen == current ? Style(.selected, bold: true) : Style(.dim)
            column = grid.put(padded ? " \(screen.title) " : screen.title, row: 3, column: column, style: style)
        }
    }

    private static func drawClocks(_ incident: Incident, model: ConsoleModel, into grid: inout Grid) {
        let clock = Clocks.outage(incident, now: model.now)
        var text = "Avbrudd \(Minutes.describe(seconds: clock.elapsed))"
        if let max = clock.maxOutage { text += " av maks \(max)" }
        if clock.stopped { text += " (gjenopprettet)" }
        var column = grid.put(text, row: 2, column: 1, style: clock.exceeded ? Style(.overdue, bold: true) : .normal)
        if clock.exceeded { column = grid.put(" OVERSKREDET", row: 2, column: column, style: Style(.overdue, bold: true)) }
        let overdue = Clocks.dueItems(model.state, now: model.now).first { $0.isOverdue && $0.incident == incident.id }
        if let overdue {
            grid.put("   Forsinket \(Minutes.describe(seconds: overdue.overdueBy)): \(InertText.make(overdue.title))",
                     row: 2, column: column, style: Style(.overdue, bold: true))
        }
    }

    static func bannerStyle(_ level: ReadinessLevel) -> Style {
        switch level {
        case .green: Style(.bannerGreen, bold: true)
        case .yellow: Style(.bannerYellow, bold: true)
        case .red: Style(.bannerRed, bold: true)
        }
    }
}
