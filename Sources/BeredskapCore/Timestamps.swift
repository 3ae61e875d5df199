import Foundation

/// How Core shows times to people: local wall-clock time, Norwegian style.
public enum Timestamps {
    /// `24.11.2026 03:12` in the given time zone (default: the machine's).
    public static func local(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
    }
}
