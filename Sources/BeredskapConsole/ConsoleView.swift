/// The whole frame for a model at a size: a pure function, so every screen is a text snapshot in tests.
public enum ConsoleView {
    public static func render(_ model: ConsoleModel, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard !size.isBelowMinimum else {
            TooSmallScreen.draw(model, into: &grid)
            return grid
        }
        HeaderView.draw(model, into: &grid)
        switch model.screen {
        case .overview: OverviewScreen.draw(model, into: &grid)
        case .timeline: TimelineScreen.draw(model, into: &grid)
        case .notifications: NotificationScreen.draw(model, into: &grid)
        case .checklist: ChecklistScreen.draw(model, into: &grid)
        case .tasks: TaskScreen.draw(model, into: &grid)
        case .paper: PaperScreen.draw(model, into: &grid)
        case .messages: MessageScreen.draw(model, into: &grid)
        case .deviations: DeviationScreen.draw(model, into: &grid)
        case .breach: BreachScreen.draw(model, into: &grid)
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
