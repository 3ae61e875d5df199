import Foundation
import Testing
@testable import BeredskapCore

@Suite("Time of day: `03:12` is the latest 03:12 not in the future, or the next one for what is to come")
struct TimeOfDayTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// A moment written in UTC, so the expectations do not lean on the rule under test.
    func utc(_ text: String) throws -> Date {
        try #require(try? Date(text, strategy: .iso8601))
    }

    func latest(_ text: String, notAfter now: String) throws -> Date {
        try #require(TimeOfDay(text)).latest(notAfter: try utc(now), in: oslo)
    }

    func next(_ text: String, after now: String) throws -> Date {
        try #require(TimeOfDay(text)).next(after: try utc(now), in: oslo)
    }

    @Test("Only hh:mm with a real hour and minute is a time of day")
    func parsing() {
        #expect(TimeOfDay("03:12") == TimeOfDay(hour: 3, minute: 12))
        #expect(TimeOfDay("3:12") == TimeOfDay(hour: 3, minute: 12))
        #expect(TimeOfDay("23:59") == TimeOfDay(hour: 23, minute: 59))
        for bad in ["24:00", "03:60", "0312", "03:1", "+3:12", "03:12:00", "", ":", "tre:12"] {
            #expect(TimeOfDay(bad) == nil, "\(bad)")
        }
    }

    @Test("Today's time once it has come, yesterday's while it is still to come; now itself counts as come")
    func ordinaryDay() throws {
        // 10:00 in Oslo on 24 November (UTC+1).
        #expect(try latest("03:12", notAfter: "2026-11-24T09:00:00Z") == utc("2026-11-24T02:12:00Z"))
        #expect(try latest("10:00", notAfter: "2026-11-24T09:00:00Z") == utc("2026-11-24T09:00:00Z"))
        #expect(try latest("10:01", notAfter: "2026-11-24T09:00:00Z") == utc("2026-11-23T09:01:00Z"))
        #expect(try next("10:01", after: "2026-11-24T09:00:00Z") == utc("2026-11-24T09:01:00Z"))
        #expect(try next("10:00", after: "2026-11-24T09:00:00Z") == utc("2026-11-25T09:00:00Z"), "now has already come")
    }

    @Test("Just after midnight, a late-evening time is yesterday's and midnight is today's")
    func aroundMidnight() throws {
        // 00:05 in Oslo on 25 November.
        let now = "2026-11-24T23:05:00Z"
        #expect(try latest("23:50", notAfter: now) == utc("2026-11-24T22:50:00Z"))
        #expect(try latest("00:00", notAfter: now) == utc("2026-11-24T23:00:00Z"))
        #expect(try latest("00:06", notAfter: now) == utc("2026-11-23T23:06:00Z"))
        #expect(try next("00:00", after: now) == utc("2026-11-25T23:00:00Z"))
        #expect(try next("23:50", after: now) == utc("2026-11-25T22:50:00Z"))
    }

    @Test("The autumn change shows 02:30 twice: the later one once it has passed, else the first")
    func autumnChange() throws {
        // 25 October 2026: 03:00 summer time (01:00Z) goes back to 02:00 winter time.
        let first = try utc("2026-10-25T00:30:00Z")
        let second = try utc("2026-10-25T01:30:00Z")
        #expect(try latest("02:30", notAfter: "2026-10-25T01:45:00Z") == second, "02:45 the second time round")
        #expect(try latest("02:30", notAfter: "2026-10-25T01:15:00Z") == first, "02:15 the second time round")
        #expect(try latest("02:30", notAfter: "2026-10-25T00:15:00Z") == utc("2026-10-24T00:30:00Z"), "02:15 the first time")
        #expect(try next("02:30", after: "2026-10-25T00:45:00Z") == second, "the repeat is still to come")
        #expect(try latest("23:00", notAfter: "2026-10-25T07:00:00Z") == utc("2026-10-24T21:00:00Z"), "yesterday was summer time")
    }

    @Test("The spring change skips 02:00-03:00: a skipped time reads as on a clock not yet put forward")
    func springChange() throws {
        // 29 March 2026: 02:00 winter time (01:00Z) jumps to 03:00 summer time.
        #expect(try latest("01:59", notAfter: "2026-03-29T01:10:00Z") == utc("2026-03-29T00:59:00Z"))
        #expect(try latest("03:05", notAfter: "2026-03-29T01:10:00Z") == utc("2026-03-29T01:05:00Z"))
        #expect(try latest("02:30", notAfter: "2026-03-29T02:00:00Z") == utc("2026-03-29T01:30:00Z"), "03:30 summer time")
        #expect(try latest("02:30", notAfter: "2026-03-29T01:10:00Z") == utc("2026-03-28T01:30:00Z"), "not yet come: yesterday's")
        #expect(try latest("23:00", notAfter: "2026-03-29T06:00:00Z") == utc("2026-03-28T22:00:00Z"), "yesterday was winter time")
        #expect(try latest("09:00", notAfter: "2026-03-30T06:00:00Z") == utc("2026-03-29T07:00:00Z"), "yesterday was summer time")
    }
}
