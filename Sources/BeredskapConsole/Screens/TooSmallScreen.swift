/// Under 80x24: say so, and still show the level and ØVELSE.
enum TooSmallScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let banner = HeaderView.bannerStyle(model.state.level)
        grid.paint(row: 0, style: banner)
        let end = grid.put("NIVÅ \(model.state.level.word)", row: 0, column: 0, style: banner)
        if model.isExercise { grid.put(" ØVELSE", row: 0, column: end, style: Style(.exercise, bold: true)) }
        let size = grid.size
        grid.put("Terminalen er for liten (\(size.columns)x\(size.rows)).", row: 1, column: 0, style: Style(bold: true))
        grid.put("Beredskap trenger minst \(Size.minimum.columns)x\(Size.minimum.rows).", row: 2, column: 0)
        grid.put("Gjør vinduet større; ingenting er tapt.", row: 3, column: 0)
    }
}
