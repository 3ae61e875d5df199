import Foundation

extension TimeZone {
    /// Norway's zone, the default for an organisation that names none.
    public static let oslo = TimeZone(identifier: "Europe/Oslo")!
}

/// How times are shown to people, Norwegian style, in a time zone that is always passed in: the one place
/// that turns a `Date` into wall-clock text for the console, the command line, exports and paper.
public enum Timestamps {
    /// `24.11.2026 03:12`.
    public static func local(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
    }

    /// `24.11.2026`.
    public static func day(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d.%02d.%04d", c.day!, c.month!, c.year!)
    }

    /// `03:12`.
    public static func clock(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    /// `2026-11`, the month a report groups by.
    public static func month(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%04d-%02d", c.year!, c.month!)
    }

    /// The calendar year of `date` on the organisation's wall clock.
    public static func year(_ date: Date, timeZone: TimeZone) -> Int {
        components(date, timeZone).year!
    }

    /// A Gregorian calendar in `timeZone`.
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
