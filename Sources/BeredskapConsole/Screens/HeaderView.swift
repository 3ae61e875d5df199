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
        let organisation = model.state.organisation.name
        if !organisation.isEmpty {
            grid.put(InertText.make(organisation), row: 0, column: column + 2, style: banner)
        }

        if let incident = model.incident {
            let line = "\(incident.id)  \(InertText.make(incident.title))"
            let phase = "  fase: \(incident.phase.word)"
            let end = grid.put(line, row: 1, column: 1, width: width - 2 - DisplayWidth.of(phase), style: Style(bold: true))
            grid.put(phase, row: 1, column: end)
            drawClocks(incident, model: model, into: &grid)
        } else {
            grid.put("Ingen åpen hendelse valgt. Trykk n for ny hendelse.", row: 1, column: 1)
        }

        var tabs = 1
        for screen in ScreenID.allCases {
            let style = screen == model.screen ? Style(.selected, bold: true) : Style(.dim)
            tabs = grid.put(" \(screen.title) ", row: 3, column: tabs, style: style)
        }
        let status = "Journal: \(model.journalStatus.word) · Operatør: \(InertText.make(model.operatorName.rawValue)) "
        let statusStyle = model.journalStatus == .saved ? Style.normal : Style(.error, bold: true)
        grid.put(status, row: 3, column: max(tabs + 1, width - DisplayWidth.of(status)), style: statusStyle)
        grid.put(String(repeating: "─", count: width), row: 4, column: 0, style: Style(.dim))
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
