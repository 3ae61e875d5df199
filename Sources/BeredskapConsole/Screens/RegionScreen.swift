import BeredskapCore
import Foundation

/// Region: every hospital in the region, one row each (level and since when, open incidents, the longest outage
/// clock, outstanding mandatory notifications, forks, last sync), and the selected hospital's incidents in full
/// under them (or over the whole body after Enter). Read-only: the regional staff has no journal here. The same
/// body in `beredskap region console` and on the hospital console's Region screen.
enum RegionScreen {
    static func draw(_ region: RegionState, now: Date, timeZone: TimeZone, rows: Range<Int>, into grid: inout Grid) {
        guard !rows.isEmpty else { return }
        drawReading(region.feed, now: now, timeZone: timeZone, row: rows.lowerBound, into: &grid)
        let body = (rows.lowerBound + 1)..<rows.upperBound
        guard let picture = region.feed.picture else {
            let text = region.feed.isStale ? "Fikk ikke kontakt med regionens database; prøver igjen i bakgrunnen."
                : "Leser regionens bilde …"
            ListRows.empty(text, row: body.lowerBound, into: &grid)
            return
        }
        guard !picture.hospitals.isEmpty else {
            ListRows.empty("Ingen sykehus har synket ennå: `beredskap sync` (eller `beredskap console --sync`) på hvert sykehus.",
                           row: body.lowerBound, into: &grid)
            return
        }
        let later = now.timeIntervalSince(picture.at)
        if region.showsDetail, let hospital = region.selected {
            drawDetail(hospital, later: later, timeZone: timeZone, rows: body, into: &grid)
            return
        }
        let listRows = min(picture.hospitals.count, max(body.count / 2, 2))
        let list = body.lowerBound..<(body.lowerBound + listRows)
        ListRows.draw(region.hospitals, selected: region.selectedRow, rows: list, into: &grid) { hospital, row, column, style, grid in
            drawRow(hospital, later: later, now: now, timeZone: timeZone, row: row, column: column, selected: style, into: &grid)
        }
        let detail = min(list.upperBound + 1, body.upperBound)..<body.upperBound
        guard !detail.isEmpty, let hospital = region.selected else { return }
        Layout.divider(above: detail, into: &grid)
        drawDetail(hospital, later: later, timeZone: timeZone, rows: detail, into: &grid)
    }

    /// When the picture was read, and whether it may be stale because the connection is down.
    private static func drawReading(_ feed: RegionFeed, now: Date, timeZone: TimeZone, row: Int, into grid: inout Grid) {
        guard let picture = feed.picture else {
            grid.put("Regionen: \(feed.words(timeZone: timeZone))", row: row, column: 1, style: Style(bold: true))
            return
        }
        let read = Timestamps.clock(picture.at, timeZone: timeZone)
        let count = Count.phrase(picture.hospitals.count, "sykehus", "sykehus") + (picture.kind == .exercise ? " i øvelse" : "")
        let open = Count.phrase(picture.hospitals.reduce(0) { $0 + $1.openIncidents.count }, "åpen hendelse", "åpne hendelser")
        if feed.isStale {
            grid.put("SISTE BILDE, LEST \(read), KAN VÆRE UTDATERT · \(count) · \(open) · \(feed.words(timeZone: timeZone))",
                     row: row, column: 1, style: Style(.error, bold: true))
        } else {
            grid.put("Bildet lest \(read) · \(count) · \(open) · Enter: hele sykehuset", row: row, column: 1, style: Style(bold: true))
        }
    }

    /// `▶ Sykehus A      RØD siden 03:12      2 åpne · avbrudd 1 t 5 min OVER MAKS · 3 varsler igjen    synket 03:40`
    private static func drawRow(_ hospital: RegionPicture.Hospital, later: TimeInterval, now: Date, timeZone: TimeZone, row: Int,
                                column: Int, selected: Style, into grid: inout Grid) {
        let width = grid.size.columns
        let nameWidth = min(30, max(14, width / 5))
        grid.put(InertText.make(hospital.hospital), row: row, column: column, width: nameWidth, style: Style(selected.role, bold: true))
        let levelColumn = column + nameWidth + 1
        let wide = width >= 120
        let levelWidth = wide ? 26 : 18
        if let level = hospital.level {
            let end = grid.put(" \(level.word) ", row: row, column: levelColumn, style: HeaderView.bannerStyle(level))
            // Since when matters for a raised level; normal drift has usually been so for long (the details say since when).
            let since = level.isRaised ? hospital.levelSince.map { "siden " + moment($0, now: now, timeZone: timeZone, withClock: wide) } : nil
            grid.put(since ?? "", row: row, column: end, width: levelColumn + levelWidth - end, style: selected)
        } else {
            grid.put(" ukjent nivå", row: row, column: levelColumn, style: Style(.dim))
        }
        var at = levelColumn + levelWidth + 1
        let synced = hospital.lastSync.map { "synket " + moment($0, now: now, timeZone: timeZone, withClock: true) } ?? ""
        let syncColumn = width - DisplayWidth.of(synced) - 1
        let showsSync = syncColumn > at + 40
        let limit = showsSync ? syncColumn - 2 : width - 1
        for (text, style) in summary(hospital, later: later, selected: selected) {
            at = grid.put(text, row: row, column: at, width: max(0, limit - at), style: style)
        }
        if showsSync { grid.put(synced, row: row, column: syncColumn, style: selected.role == .selected ? selected : Style(.dim)) }
    }

    /// The row's middle: open incidents, the longest outage clock, outstanding notifications and forks, each in its
    /// style (a clock past the maximum outage time is marked).
    private static func summary(_ hospital: RegionPicture.Hospital, later: TimeInterval, selected: Style) -> [(String, Style)] {
        let incidents = hospital.openIncidents
        var parts: [(String, Style)] = [(incidents.isEmpty ? "ingen åpne hendelser" : Count.phrase(incidents.count, "åpen", "åpne"), selected)]
        let clocks = incidents.filter(\.outage).map { ($0, $0.outageSeconds(later: later)) }
        if let (incident, seconds) = clocks.max(by: { $0.1 < $1.1 }) {
            parts.append((" · avbrudd \(Minutes.describe(seconds: seconds))", selected))
            if incident.exceedsMaxOutage(after: seconds) { parts.append((" OVER MAKS", Style(.overdue, bold: true))) }
        }
        let outstanding = incidents.reduce(0) { $0 + $1.outstandingNotifications }
        if outstanding > 0 {
            parts.append((" · " + Count.phrase(outstanding, "pålagt varsel igjen", "pålagte varsler igjen"), Style(.critical, bold: true)))
        }
        if hospital.forks > 0 { parts.append((" · KJEDE AVVIST", Style(.error, bold: true))) }
        return parts
    }

    /// The hospital's block as `region status` prints it, its clocks ticking on since the reading.
    private static func drawDetail(_ hospital: RegionPicture.Hospital, later: TimeInterval, timeZone: TimeZone, rows: Range<Int>,
                                   into grid: inout Grid) {
        for (row, line) in zip(rows, hospital.lines(timeZone: timeZone, later: later)) {
            let style: Style = switch line.tone {
            case .title: Style(bold: true)
            case .plain: .normal
            case .warning: Style(.critical, bold: true)
            case .overdue: Style(.overdue, bold: true)
            }
            grid.put(line.text, row: row, column: 1, style: style)
        }
    }

    /// `03:12` today, `24.11. 03:12` on another day (`24.11.` without `withClock`).
    private static func moment(_ date: Date, now: Date, timeZone: TimeZone, withClock: Bool) -> String {
        let day = Timestamps.day(date, timeZone: timeZone)
        let clock = Timestamps.clock(date, timeZone: timeZone)
        guard day != Timestamps.day(now, timeZone: timeZone) else { return clock }
        return withClock ? "\(day.prefix(6)) \(clock)" : String(day.prefix(6))
    }
}
