import BeredskapCore
import Foundation

/// The whole frame of `beredskap region console` for a model at a size: a pure function, so it is a text snapshot
/// in tests. The header says whose picture it is (the region's, ØVELSE for exercise tables), the highest level,
/// who is at which level, what is past its maximum outage time, and how the connection stands.
public enum RegionConsoleView {
    public static func render(_ model: RegionConsoleModel, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard !size.isBelowMinimum else {
            grid.put("Terminalen er for liten (\(size.columns)x\(size.rows)).", row: 0, column: 0, style: Style(bold: true))
            grid.put("Regionens bilde trenger minst \(Size.minimum.columns)x\(Size.minimum.rows).", row: 1, column: 0)
            return grid
        }
        drawHeader(model, into: &grid)
        let layout = Layout(size: size)
        RegionScreen.draw(model.region, now: model.now, timeZone: model.timeZone, rows: layout.body, into: &grid)
        if model.showsHelp {
            HelpOverlay.draw(title: "Hjelp: regionens bilde, bare for lesing (Esc eller ? lukker)", bindings: KeyBindings.regionConsole,
                             into: &grid)
        }
        FooterView.drawHints(KeyBindings.regionConsoleFooter, row: layout.footerRow, into: &grid)
        return grid
    }

    private static func drawHeader(_ model: RegionConsoleModel, into grid: inout Grid) {
        let width = grid.size.columns
        let hospitals = model.region.hospitals
        let highest = hospitals.compactMap(\.level).max()
        let banner = HeaderView.bannerStyle(highest ?? .normal)
        grid.paint(row: 0, style: banner)
        let connection = " \(model.region.feed.words(timeZone: model.timeZone)) "
        // The longest title that leaves room for ØVELSE and the connection.
        let level = highest.map { " · HØYESTE NIVÅ \($0.word)" } ?? ""
        let room = width - DisplayWidth.of(connection) - (model.isExercise ? 9 : 0) - 1
        let title = [" REGIONENS BEREDSKAPSBILDE\(level) ", " REGIONEN\(level) ", " REGIONEN · \(highest?.word ?? "") "]
            .first { DisplayWidth.of($0) <= room } ?? " REGIONEN "
        var column = grid.put(title, row: 0, column: 0, style: banner)
        if model.isExercise { column = grid.put(" ØVELSE ", row: 0, column: column + 1, style: Style(.exercise, bold: true)) }
        grid.put(connection, row: 0, column: max(column + 1, width - DisplayWidth.of(connection)),
                 style: model.region.feed.isStale ? Style(.error, bold: true) : banner)

        let levels = ReadinessLevel.allCases.reversed().compactMap { level -> String? in
            let at = hospitals.filter { $0.level == level }.map { InertText.make($0.hospital) }
            guard !at.isEmpty else { return nil }
            return level.isRaised ? "\(level.word): \(Count.list(at))" : "\(level.word): \(Count.phrase(at.count, "sykehus", "sykehus"))"
        }
        grid.put(levels.isEmpty ? (hospitals.isEmpty ? "Ingen sykehus i bildet ennå." : "Ingen nivå kjent ennå.") : levels.joined(separator: " · "), row: 1, column: 1, width: width - 2)

        let later = model.region.feed.picture.map { model.now.timeIntervalSince($0.at) } ?? 0
        let exceeded = hospitals.flatMap { hospital in
            hospital.openIncidents.filter { $0.exceedsMaxOutage(after: $0.outageSeconds(later: later)) }
                .map { "\(InertText.make(hospital.hospital)) (\(InertText.make($0.title)))" }
        }
        if exceeded.isEmpty {
            grid.put("Ingen avbrudd over maksimal avbruddstid.", row: 2, column: 1, width: width - 2)
        } else {
            grid.put("Over maksimal avbruddstid: \(Count.list(exceeded))", row: 2, column: 1, width: width - 2, style: Style(.overdue, bold: true))
        }
        grid.put("Bare for lesing: hvert sykehus sender sin journal med `beredskap sync`; bildet leses på nytt når nye linjer kommer.",
                 row: 3, column: 1, width: width - 2, style: Style(.dim))
        grid.put(String(repeating: "─", count: width), row: 4, column: 0, style: Style(.dim))
    }
}
