import Foundation

/// Timestamps as the journal stores them: UTC with millisecond precision, exactly `YYYY-MM-DDTHH:MM:SS.mmmZ`
/// (24 bytes), for years 0000-9999 of the proleptic Gregorian calendar. No leap seconds, no other offsets.
public enum Timestamp {
    /// The length of every timestamp, in bytes.
    public static let length = 24

    private static let millisecondsPerDay: Int64 = 86_400_000
    /// 1970-01-01 minus 2001-01-01 (Foundation's reference date), in milliseconds.
    private static let unixToReferenceMilliseconds: Int64 = 978_307_200_000
    /// 0000-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z in milliseconds since 1970.
    private static let representable: Range<Int64> = -62_167_219_200_000..<253_402_300_800_000

    /// The timestamp of `date`, floored to whole milliseconds (also before 1970, where flooring moves away from
    /// zero: 0.5 ms before the epoch is `1969-12-31T23:59:59.999Z`).
    /// - Precondition: `date` lies in the years 0000-9999.
    public static func format(_ date: Date) -> String {
        let milliseconds = flooredMilliseconds(date)
        let days = floorDivide(milliseconds, millisecondsPerDay)
        let ofDay = milliseconds - days * millisecondsPerDay
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            func put(_ value: Int64, width: Int, then separator: Unicode.Scalar) {
                var remaining = value
                for digit in (position..<position + width).reversed() {
                    buffer[digit] = UInt8(ascii: "0") + UInt8(remaining % 10)
                    remaining /= 10
                }
                buffer[position + width] = UInt8(ascii: separator)
                position += width + 1
            }
            put(year, width: 4, then: "-")
            put(month, width: 2, then: "-")
            put(day, width: 2, then: "T")
            put(ofDay / 3_600_000, width: 2, then: ":")
            put(ofDay / 60_000 % 60, width: 2, then: ":")
            put(ofDay / 1000 % 60, width: 2, then: ".")
            put(ofDay % 1000, width: 3, then: "Z")
            return position
        }
    }

    /// The date written as `text`, or `nil` unless it is exactly a valid 24-byte timestamp.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// The date written in `bytes`, or `nil` unless they are exactly a valid 24-byte timestamp. Allocates nothing.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Date? {
        guard bytes.count == length,
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
            bytes[23] == UInt8(ascii: "Z"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2),
            let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2), let second = digits(bytes, 17, 2),
            let millisecond = digits(bytes, 20, 3),
            (1...12).contains(month), (1...daysInMonth(month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return date(milliseconds: ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond)
    }

    /// What a round trip through the journal makes of `date`: `parse(format(date))`.
    public static func truncated(_ date: Date) -> Date {
        Self.date(milliseconds: flooredMilliseconds(date))
    }

    /// Milliseconds since 1970 of the latest whole-millisecond date that is not after `date`.
    private static func flooredMilliseconds(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSinceReferenceDate
        let lowest = Double(representable.lowerBound - unixToReferenceMilliseconds) / 1000
        let highest = Double(representable.upperBound - unixToReferenceMilliseconds) / 1000
        precondition(seconds >= lowest && seconds < highest, "Timestamp supports the years 0000-9999, not \(date)")
        var milliseconds = Int64((seconds * 1000).rounded(.down)) + unixToReferenceMilliseconds
        // The multiplication above can round across a millisecond boundary. Settling against the dates `parse`
        // builds makes format(parse(text)) == text hold exactly.
        while self.date(milliseconds: milliseconds + 1) <= date { milliseconds += 1 }
        while self.date(milliseconds: milliseconds) > date { milliseconds -= 1 }
        return milliseconds
    }

    private static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(milliseconds - unixToReferenceMilliseconds) / 1000)
    }

    private static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for position in start..<start + count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
        }
        return value
    }

    private static func daysInMonth(_ month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func floorDivide(_ dividend: Int64, _ divisor: Int64) -> Int64 {
        let quotient = dividend / divisor
        return dividend % divisor < 0 ? quotient - 1 : quotient
    }

    // The two conversions below are Howard Hinnant's days_from_civil / civil_from_days
    // (https://howardhinnant.github.io/date_algorithms.html): exact integer arithmetic over 400-year eras,
    // counting years from March so that the leap day ends the year.

    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = floorDivide(marchYear, 400)
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day)
    }
}
