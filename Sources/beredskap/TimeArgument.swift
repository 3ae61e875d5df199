import ArgumentParser
import Foundation

/// A point in time typed by a person: `03:12` (today), `2026-11-24 03:12`, or full ISO 8601 (`2026-11-24T02:12:00Z`).
/// Local times are in the machine's time zone.
struct TimeArgument: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        guard let date = Self.parse(argument, now: Date(), timeZone: .current) else { return nil }
        self.date = date
    }

    static var defaultValueDescription: String { "TT:MM eller ÅÅÅÅ-MM-DD TT:MM" }

    static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let iso = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime]] {
            iso.formatOptions = options
            if let date = iso.date(from: text) { return date }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        var day = calendar.dateComponents([.year, .month, .day], from: now)
        let clock: String
        switch parts.count {
        case 1: clock = parts[0]
        case 2:
            let ymd = parts[0].split(separator: "-").compactMap { Int($0) }
            guard ymd.count == 3 else { return nil }
            (day.year, day.month, day.day) = (ymd[0], ymd[1], ymd[2])
            clock = parts[1]
        default: return nil
        }
        let hm = clock.split(separator: ":").compactMap { Int($0) }
        guard hm.count == 2, (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
        day.hour = hm[0]
        day.minute = hm[1]
        guard let date = calendar.date(from: day),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: day.year, month: day.month, day: day.day)
        else { return nil }
        return date
    }
}
