import ArgumentParser
import BeredskapCore
import Foundation

/// A point in time typed by a person: `03:12`, `2026-11-24 03:12` (local time) or full ISO 8601
/// (`2026-11-24T02:12:00Z`). A bare time of day is resolved when used, by `TimeOfDay`: as the latest such moment
/// for what has happened (`past`), as the next for what is to come (`upcoming`).
struct TimeArgument: ExpressibleByArgument {
    private enum Written {
        case timeOfDay(TimeOfDay)
        case moment(Date)
    }

    private let written: Written

    init?(argument: String) {
        self.init(argument, timeZone: .current)
    }

    init?(_ text: String, timeZone: TimeZone) {
        if let time = TimeOfDay(text) {
            written = .timeOfDay(time)
            return
        }
        let iso = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime]] {
            iso.formatOptions = options
            if let date = iso.date(from: text) {
                written = .moment(date)
                return
            }
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let time = TimeOfDay(parts[1]),
              let date = Self.day(String(parts[0]), hour: time.hour, minute: time.minute, in: timeZone)
        else { return nil }
        written = .moment(date)
    }

    static var defaultValueDescription: String { "TT:MM eller ÅÅÅÅ-MM-DD TT:MM" }

    /// `--help` for a time something happened, with the accepted forms.
    static func pastHelp(_ what: String) -> ArgumentHelp {
        ArgumentHelp("\(what) TID: 03:12 (siste gang klokken var 03:12, i dag eller i går), 2026-11-24 03:12 (lokal tid) "
            + "eller 2026-11-24T02:12:00Z.", valueName: "TID")
    }

    /// `--help` for a time to come, with the accepted forms.
    static func upcomingHelp(_ what: String) -> ArgumentHelp {
        ArgumentHelp("\(what) TID: 14:00 (neste gang klokken blir 14:00), 2026-11-24 14:00 (lokal tid) "
            + "eller 2026-11-24T13:00:00Z.", valueName: "TID")
    }

    /// When something happened: a bare `03:12` is the latest 03:12 not after `now`.
    func past(now: Date, timeZone: TimeZone = .current) -> Date {
        switch written {
        case .timeOfDay(let time): time.latest(notAfter: now, in: timeZone)
        case .moment(let date): date
        }
    }

    /// When something is to come: a bare `14:00` is the next 14:00 after `now`.
    func upcoming(now: Date, timeZone: TimeZone = .current) -> Date {
        switch written {
        case .timeOfDay(let time): time.next(after: now, in: timeZone)
        case .moment(let date): date
        }
    }

    /// `2026-11-24` at the given local time; nil unless it is a real date.
    static func day(_ text: String, hour: Int = 0, minute: Int = 0, in timeZone: TimeZone = .current) -> Date? {
        let ymd = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard ymd.count == 3, let year = ymd[0], let month = ymd[1], let day = ymd[2] else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day)
        else { return nil }
        return date
    }
}
