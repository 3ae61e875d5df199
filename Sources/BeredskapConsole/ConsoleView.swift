import BeredskapCore

/// The whole frame for a model at a size: a pure function, so every screen is a text snapshot in tests.
public enum ConsoleView {
    public static func render(_ model: ConsoleModel, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard !size.isBelowMinimum else {
            TooSmallScreen.draw(model, into: &grid)
            return grid
        }
        HeaderView.draw(model, into: &grid)
        switch (model.screen, model.incident) {
        case (.overview, _): OverviewScreen.draw(model, into: &grid)
        case (.incidents, _): IncidentsScreen.draw(model, into: &grid)
        case (.timeline, _): TimelineScreen.draw(model, into: &grid)
        case (.deviations, _): DeviationScreen.draw(model, into: &grid)
        case (.exercise, _): ExerciseScreen.draw(model, into: &grid)
        case (.region, _):
            RegionScreen.draw(model.region ?? RegionState(feed: RegionFeed(picture: nil, connection: .connecting)), now: model.now,
                              timeZone: model.calendar.timeZone, rows: Layout(size: size).body, into: &grid)
        case (_, nil): grid.put("Ingen hendelse valgt. Trykk n for ny hendelse, eller o for oversikten.", row: Layout.headerRows, column: 1)
        case (.notifications, let incident?): NotificationScreen.draw(model, incident, into: &grid)
        case (.checklist, let incident?): ChecklistScreen.draw(model, incident, into: &grid)
        case (.tasks, let incident?): TaskScreen.draw(model, incident, into: &grid)
        case (.paper, let incident?): PaperScreen.draw(model, incident, into: &grid)
        case (.messages, let incident?): MessageScreen.draw(model, incident, into: &grid)
        case (.breach, let incident?): BreachScreen.draw(model, incident, into: &grid)
        }
        if let dialog = model.dialog, !dialog.isSingleLine {
            DialogOverlay.draw(dialog, into: &grid)
        } else if model.showsHelp {
            HelpOverlay.draw(on: model.screen, into: &grid)
        }
        FooterView.draw(model, into: &grid)
        return grid
    }
}
