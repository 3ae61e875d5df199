import Foundation
import Testing
@testable import beredskap

/// Times as typed on the command line: a time of day resolved by Core's `TimeOfDay`, a local date and time, or ISO 8601.
@Suite struct TimeArgumentTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// A moment written in UTC, so the expectations do not lean on the parsing under test.
    func utc(_ text: String) throws -> Date {
        try #require(try? Date(text, strategy: .iso8601))
    }

    @Test func aTimeOfDayIsThePastOneForWhatHappenedAndTheNextForWhatIsToCome() throws {
        let now = try utc("2026-11-25T11:06:40Z") // 12:06 in Oslo
        let morning = try #require(TimeArgument("03:12", timeZone: oslo))
        #expect(try morning.past(now: now, timeZone: oslo) == utc("2026-11-25T02:12:00Z"), "03:12 today")
        #expect(try morning.upcoming(now: now, timeZone: oslo) == utc("2026-11-26T02:12:00Z"), "03:12 tomorrow")
        let evening = try #require(TimeArgument("23:59", timeZone: oslo))
        #expect(try evening.past(now: now, timeZone: oslo) == utc("2026-11-24T22:59:00Z"), "23:59 yesterday, not in the future")
    }

    @Test func aDateAndTimeIsLocalAndISOIsExact() throws {
        let now = try utc("2026-11-25T11:06:40Z")
        let local = try #require(TimeArgument("2026-01-10 02:55", timeZone: oslo))
        #expect(try local.past(now: now, timeZone: oslo) == utc("2026-01-10T01:55:00Z"), "UTC+1 in winter")
        #expect(local.upcoming(now: now, timeZone: oslo) == local.past(now: now, timeZone: oslo), "a date is the same either way")
        let iso = try #require(TimeArgument("2026-11-24T02:12:00Z", timeZone: oslo))
        #expect(try iso.past(now: now, timeZone: oslo) == utc("2026-11-24T02:12:00Z"))
        for bad in ["25:00", "2026-02-30 10:00", "2026-11-24", "i går 03:12", "03:12 i går"] {
            #expect(TimeArgument(bad, timeZone: oslo) == nil, "\(bad)")
        }
        #expect(try TimeArgument.day("2026-11-24", hour: 12, in: oslo) == utc("2026-11-24T11:00:00Z"))
        #expect(TimeArgument.day("2026-13-01", in: oslo) == nil)
    }
}
