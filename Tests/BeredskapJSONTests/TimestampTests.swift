import Foundation
import Testing
import BeredskapJSON

@Suite("Timestamp")
struct TimestampTests {
    @Test func formatsTheEpochAndALeapDay() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_709_210_096.789)) == "2024-02-29T12:34:56.789Z")
    }

    @Test func parsesALeapDay() throws {
        let date = try #require(Timestamp.parse("2024-02-29T12:34:56.789Z"))
        #expect(date == Timestamp.truncated(Date(timeIntervalSince1970: 1_709_210_096.789)))
        #expect(abs(date.timeIntervalSince1970 - 1_709_210_096.789) < 1e-6)
        #expect(Timestamp.format(date) == "2024-02-29T12:34:56.789Z")
    }

    @Test(arguments: [
        "2000-02-29T00:00:00.000Z", "1900-03-01T23:59:59.999Z", "0000-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z", "1901-12-13T20:45:52.000Z", "2038-01-19T03:14:08.000Z",
    ])
    func roundTrips(_ text: String) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(Timestamp.format(date) == text)
    }

    @Test(arguments: [
        "2023-02-29T12:00:00.000Z", "1900-02-29T12:00:00.000Z", "2024-13-01T12:00:00.000Z", "2024-00-10T12:00:00.000Z",
        "2024-04-31T12:00:00.000Z", "2024-01-00T12:00:00.000Z", "2024-01-32T12:00:00.000Z", "2024-01-01T24:00:00.000Z",
        "2024-01-01T12:60:00.000Z", "2024-01-01T12:00:60.000Z", "2024-01-01T12:00:00.00Z", "2024-01-01T12:00:00.0000Z",
        "2024-01-01T12:00:00Z", "2024-01-01", "", "2024-01-01t12:00:00.000Z", "2024-01-01T12:00:00.000z",
        "2024-01-01 12:00:00.000Z", "2024-01-01T12:00:00.000+00:00", "-024-01-01T12:00:00.000Z", "+2024-01-01T12:00:00.000Z",
        "2024-1-01T12:00:00.000Z0", "2024-01-01T12:00:00,000Z", "2O24-01-01T12:00:00.000Z", "2024-01-01T12:00:00.000Z\n",
        "٢٠٢٤-01-01T12:00:00.000Z",
    ])
    func rejects(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
        #expect(Array(text.utf8).withUnsafeBytes { Timestamp.parse($0) } == nil)
    }

    @Test func formatsDatesBefore1970() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -2_147_483_648)) == "1901-12-13T20:45:52.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00.000Z")
    }

    @Test func floorsSubMillisecondParts() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1.0019)) == "1970-01-01T00:00:01.001Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 59.9999999)) == "1970-01-01T00:00:59.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -0.0005)) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1.0001)) == "1969-12-31T23:59:58.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_709_210_096.7899)) == "2024-02-29T12:34:56.789Z")
    }

    @Test func truncatedIsWhatARoundTripGives() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<5000 {
            let date = Date(timeIntervalSince1970: Double.random(in: -62_135_596_800...253_402_300_799, using: &generator))
            let truncated = Timestamp.truncated(date)
            #expect(truncated <= date && date.timeIntervalSince(truncated) < 0.001)
            let text = Timestamp.format(date)
            #expect(Timestamp.parse(text) == truncated)
            #expect(Timestamp.format(truncated) == text)
        }
    }

    @Test func parsesWholeMillisecondsExactly() throws {
        var generator = SplitMix64(seed: 8)
        for _ in 0..<5000 {
            let milliseconds = Int64.random(in: -62_167_219_200_000..<253_402_300_800_000, using: &generator)
            let text = Timestamp.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            let date = try #require(Timestamp.parse(text))
            #expect(Timestamp.format(date) == text)
            #expect(Timestamp.truncated(date) == date)
        }
    }

    @Test func agreesWithFoundationsGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var generator = SplitMix64(seed: 9)
        // From 1600: Foundation's calendar switches to Julian dates before the Gregorian reform of 1582.
        for _ in 0..<2000 {
            let seconds = Int64.random(in: -11_676_096_000...253_402_300_799, using: &generator)
            let date = Date(timeIntervalSince1970: Double(seconds))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04ld-%02ld-%02ldT%02ld:%02ld:%02ld.000Z", parts.year!, parts.month!, parts.day!,
                                  parts.hour!, parts.minute!, parts.second!)
            #expect(Timestamp.format(date) == expected)
        }
    }
}
