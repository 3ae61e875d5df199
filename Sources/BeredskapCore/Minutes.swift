import Foundation

/// A whole number of minutes: expected durations, max outage times, notification deadlines.
public struct Minutes: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }

    public static func hours(_ hours: Int) -> Minutes { Minutes(hours * 60) }
    public var seconds: TimeInterval { TimeInterval(value) * 60 }
    public static func < (lhs: Minutes, rhs: Minutes) -> Bool { lhs.value < rhs.value }

    public init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Norwegian short form: `45 min`, `4 t`, `3 t 20 min`, `2 d 1 t`.
    public var description: String { Self.describe(seconds: seconds) }

    /// Hours and minutes without days, `49 t 5 min`, `45 min`: for tables whose rows are added up by the reader.
    /// Whole minutes, rounded down like `describe`.
    public static func describeInHours(seconds: TimeInterval) -> String {
        let total = Int((max(0, seconds) / 60).rounded(.down))
        return total >= 60 ? "\(total / 60) t \(total % 60) min" : "\(total) min"
    }

    /// Norwegian short form of any span, rounded down to whole minutes. Never negative: a span that ends before it
    /// starts (a clock that went backwards) is `0 min`, not `-1 t 59 min`.
    public static func describe(seconds: TimeInterval) -> String {
        let total = Int((max(0, seconds) / 60).rounded(.down))
        let (days, hours, minutes) = (total / 1440, total % 1440 / 60, total % 60)
        var parts: [String] = []
        if days > 0 { parts.append("\(days) d") }
        if hours > 0 { parts.append("\(hours) t") }
        if minutes > 0 || parts.isEmpty { parts.append("\(minutes) min") }
        return parts.prefix(2).joined(separator: " ")
    }
}
