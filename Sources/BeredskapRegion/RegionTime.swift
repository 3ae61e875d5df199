import Foundation

/// Timestamps to and from PostgreSQL's `timestamptz`, always in UTC with milliseconds as the journal writes them.
enum RegionTime {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func text(_ date: Date) -> String { date.formatted(style) }

    /// PostgreSQL's text output of a `timestamptz` under `SET TimeZone = 'UTC'` (`2026-12-04 03:12:00.5+00`).
    static func date(_ text: String) -> Date? {
        var iso = text.replacingOccurrences(of: " ", with: "T")
        if iso.hasSuffix("+00") { iso = String(iso.dropLast(3)) + "Z" }
        if !iso.contains(".") { iso = iso.replacingOccurrences(of: "Z", with: ".000Z") }
        return try? style.parse(iso)
    }
}
