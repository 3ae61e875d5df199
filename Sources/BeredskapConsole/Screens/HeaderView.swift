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
            column = grid.put(exerciseMark(model, room: width - column - 1 - DisplayWidth.of(status(model))), row: 0, column: column + 1,
                              style: Style(.exercise, bold: true))
        }
        let status = status(model)
        let statusColumn = width - DisplayWidth.of(status)
        let organisation = model.state.organisation.name
        if !organisation.isEmpty {
            grid.put(InertText.make(organisation), row: 0, column: column + 2, width: statusColumn - column - 3, style: banner)
        }
        grid.put(status, row: 0, column: max(statusColumn, column), style: model.journalStatus == .saved ? banner : Style(.error, bold: true))

        if let incident = model.incident {
            let line = "\(incident.id)  \(InertText.make(incident.title))"
            let phase = (incident.planned ? "  planlagt nedetid" : "") + "  fase: \(incident.phase.word)"
            let end = grid.put(line, row: 1, column: 1, width: width - 2 - DisplayWidth.of(phase) - regionRoom(model), style: Style(bold: true))
            grid.put(phase, row: 1, column: end)
            drawClocks(incident, model: model, into: &grid)
        } else {
            let full = "Ingen åpen hendelse valgt. Trykk n for ny hendelse."
            let room = width - 2 - regionRoom(model)
            grid.put(DisplayWidth.of(full) <= room ? full : "Ingen hendelse valgt (n: ny).", row: 1, column: 1, width: room)
        }
        if let link = model.regionLink {
            let words = " \(link.words(timeZone: model.calendar.timeZone)) "
            grid.put(words, row: 1, column: max(0, width - DisplayWidth.of(words)), style: link.isTrouble ? Style(.error, bold: true) : Style(.dim))
        }

        drawTabs(model, into: &grid)
        grid.put(String(repeating: "─", count: width), row: 4, column: 0, style: Style(.dim))
    }

    /// The columns the region's words take at the right of the second row (none without `--sync`).
    private static func regionRoom(_ model: ConsoleModel) -> Int {
        model.regionLink.map { DisplayWidth.of($0.words(timeZone: model.calendar.timeZone)) + 2 } ?? 0
    }

    private static func status(_ model: ConsoleModel) -> String {
        let checking = model.isCheckingJournal ? " · kontrollerer journalen …" : ""
        return " Journal: \(model.journalStatus.word)\(checking) · Operatør: \(InertText.make(model.operatorName.rawValue)) "
    }

    /// ` ØVELSE · PAUSE · T+20 (02.10 i scenariet) `: every participant sees when the facilitator pauses the
    /// exercise or ends it, and the exercise clock; the scenario's time of day goes first when room is short.
    private static func exerciseMark(_ model: ConsoleModel, room: Int) -> String {
        guard let exercise = model.state.exercise else { return " ØVELSE " }
        let state = exercise.isEnded ? " · ENDEX" : exercise.isPaused ? " · PAUSE" : ""
        let time = exercise.clockTime(at: model.now)
        let full = " ØVELSE\(state) · \(time) "
        return DisplayWidth.of(full) <= room ? full : " ØVELSE\(state) · \(time.short) "
    }

    /// Every screen by name, the current one highlighted: padded when there is room, packed with separators when
    /// not, and at the narrowest the others by their key only. Øvelse is there only in an exercise journal, Region
    /// only with `--sync`.
    private static func drawTabs(_ model: ConsoleModel, into grid: inout Grid) {
        let screens = ScreenID.allCases.filter { screen in
            switch screen {
            case .exercise: model.isExercise && !model.isParticipant
            case .region: model.region != nil
            case .overview, .incidents, .timeline, .notifications, .checklist, .tasks, .paper, .messages, .deviations, .breach: true
            }
        }
        let width = screens.reduce(0) { $0 + DisplayWidth.of($1.title) }
        let mode = width + 2 * screens.count <= grid.size.columns - 2 ? 2 : width + screens.count - 1 <= grid.size.columns ? 1 : 0
        var column = mode == 2 ? 1 : 0
        for screen in screens {
            if mode < 2 && screen != screens.first { column = grid.put(mode == 1 ? "│" : " ", row: 3, column: column, style: Style(.dim)) }
            let current = screen == model.screen
            let key = KeyBindings.all.first { $0.action == .show(screen) }?.keyLabel ?? "?"
            let label = mode == 2 ? " \(screen.title) " : mode == 1 || current ? screen.title : key
            column = grid.put(label, row: 3, column: column, style: current ? Style(.selected, bold: true) : Style(.dim))
        }
    }

    private static func drawClocks(_ incident: Incident, model: ConsoleModel, into grid: inout Grid) {
        let clock = Clocks.outage(incident, now: model.now)
        var text = "Avbrudd \(Minutes.describe(seconds: clock.elapsed))"
        if let max = clock.maxOutage { text += " av maks \(max)" }
        if clock.stopped { text += " (gjenopprettet)" }
        var column = grid.put(text, row: 2, column: 1, style: clock.exceeded ? Style(.overdue, bold: true) : .normal)
        if clock.exceeded { column = grid.put(" OVERSKREDET", row: 2, column: column, style: Style(.overdue, bold: true)) }
        // The same list as «Hva nå?», so the header and the overview name the same most overdue thing.
        let overdue = NextActions.list(for: incident, in: model.state, now: model.now).first { $0.urgency == .overdue }
        if let overdue, let due = overdue.due {
            grid.put("   Forsinket \(Minutes.describe(seconds: model.now.timeIntervalSince(due))): \(overdue.title)",
                     row: 2, column: column, style: Style(.overdue, bold: true))
        }
    }

    static func bannerStyle(_ level: ReadinessLevel) -> Style {
        switch level {
        case .normal: Style(bold: true)
        case .green: Style(.bannerGreen, bold: true)
        case .yellow: Style(.bannerYellow, bold: true)
        case .red: Style(.bannerRed, bold: true)
        }
    }
}
