import BeredskapCore
import Foundation

/// `t 03:12 Sengepost 3B ringte` -> the time it happened (the latest 03:12 not in the future, `TimeOfDay.latest`) and the text.
public enum LateEntry {
    public static func split(_ text: String, now: Date, calendar: Calendar) -> (occurred: Date?, text: String) {
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "t", let time = TimeOfDay(parts[1]) else { return (nil, text) }
        return (time.latest(notAfter: now, in: calendar.timeZone), String(parts[2]))
    }
}
