import Foundation

/// `t 03:12 Sengepost 3B ringte` -> the time it happened (today, or yesterday if that is still to come) and the text.
public enum LateEntry {
    public static func split(_ text: String, now: Date, calendar: Calendar) -> (occurred: Date?, text: String) {
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "t" else { return (nil, text) }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0..<24).contains(hour), (0..<60).contains(minute),
              let today = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now)
        else { return (nil, text) }
        let occurred = today > now ? calendar.date(byAdding: .day, value: -1, to: today) ?? today : today
        return (occurred, String(parts[2]))
    }
}
