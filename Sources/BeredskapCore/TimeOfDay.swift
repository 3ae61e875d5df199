import Foundation

/// A time of day as a person types it (`03:12`), and the moment it stands for: for something that has happened,
/// the latest such moment not in the future; for something still to come, the next one. Pure: the time zone and
/// the time now are passed in.
///
/// Around a daylight-saving change the wall clock decides. After the autumn change `02:30` has been shown twice,
/// and means the later one once that has passed. A time the spring change skipped is read as on a clock not yet
/// put forward: `02:30` is 03:30 summer time, as Foundation's calendar reads it.
public struct TimeOfDay: Sendable, Hashable {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `03:12` or `3:12`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The latest moment, not after `now`, at which a clock in `timeZone` showed this time: today's when it has
    /// come, else yesterday's.
    public func latest(notAfter now: Date, in timeZone: TimeZone) -> Date {
        let today = moments(daysFrom: 0, of: now, in: timeZone)
        if today.later <= now { return today.later }
        if today.earlier <= now { return today.earlier }
        return moments(daysFrom: -1, of: now, in: timeZone).later
    }

    /// The first moment after `now` at which a clock in `timeZone` shows this time: today's when it is still to
    /// come, else tomorrow's.
    public func next(after now: Date, in timeZone: TimeZone) -> Date {
        let today = moments(daysFrom: 0, of: now, in: timeZone)
        if today.earlier > now { return today.earlier }
        if today.later > now { return today.later }
        return moments(daysFrom: 1, of: now, in: timeZone).earlier
    }

    /// The moments on the day `days` after `now`'s local day at which the clock showed this time: the same moment
    /// twice on an ordinary day, two moments when the autumn change repeats it.
    private func moments(daysFrom days: Int, of now: Date, in timeZone: TimeZone) -> (earlier: Date, later: Date) {
        // The wall-clock time written as if it were UTC, so adding days has no daylight saving in it.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        let wall = utc.startOfDay(for: now.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: now))))
            .addingTimeInterval(TimeInterval(days * 86_400 + hour * 3_600 + minute * 60))
        // The offsets in force half a day either side: the same unless the clocks change in between.
        let before = timeZone.secondsFromGMT(for: wall.addingTimeInterval(-43_200))
        let after = timeZone.secondsFromGMT(for: wall.addingTimeInterval(43_200))
        let shown = Set([before, after]).compactMap { offset -> Date? in
            let moment = wall.addingTimeInterval(TimeInterval(-offset))
            return timeZone.secondsFromGMT(for: moment) == offset ? moment : nil
        }
        guard let earlier = shown.min(), let later = shown.max() else {
            let skipped = wall.addingTimeInterval(TimeInterval(-before))
            return (skipped, skipped)
        }
        return (earlier, later)
    }
}

extension TimeOfDay: Codable {
    /// `01:50`, as the playbooks write it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "«\(text)» is not a time of day HH:MM")
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(format: "%02d:%02d", hour, minute))
    }

    /// The time of day `seconds` later, round the clock past midnight.
    public func adding(seconds: TimeInterval) -> TimeOfDay {
        let minutes = ((hour * 60 + minute + Int((seconds / 60).rounded(.down))) % 1440 + 1440) % 1440
        return TimeOfDay(hour: minutes / 60, minute: minutes % 60)!
    }
}
