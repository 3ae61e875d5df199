import BeredskapCore
import Foundation

/// Times, durations and dates as an operator types them at 03:00, read the same way everywhere.
enum AnswerParsing {
    /// `14:30` (the next time the clock shows it, `TimeOfDay.next`) or `30` (minutes from now), answering `field`;
    /// nil for no text.
    static func deadline(_ field: Field<String?>, in answers: Answers, now: Date, calendar: Calendar) throws(DialogProblem) -> Date? {
        guard let text = answers[field] else { return nil }
        if let minutes = Int(text), minutes > 0 { return now.addingTimeInterval(TimeInterval(minutes * 60)) }
        guard let time = TimeOfDay(text) else { throw DialogProblem(field, "Skriv minutter (30) eller klokkeslett (14:30), ikke «\(text)».") }
        return time.next(after: now, in: calendar.timeZone)
    }

    /// `03:12` as a time that has happened (the latest time the clock showed it, `TimeOfDay.latest`); nil for no text.
    static func past(_ field: Field<String?>, in answers: Answers, now: Date, calendar: Calendar) throws(DialogProblem) -> Date? {
        guard let text = answers[field] else { return nil }
        guard let time = TimeOfDay(text) else { throw DialogProblem(field, "Skriv klokkeslett som tt:mm, ikke «\(text)».") }
        return time.latest(notAfter: now, in: calendar.timeZone)
    }

    /// `90` minutes or `2t` hours; nil for no text.
    static func duration(_ field: Field<String?>, in answers: Answers) throws(DialogProblem) -> Minutes? {
        guard let text = answers[field] else { return nil }
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        if let minutes = Int(lowered.hasSuffix("min") ? String(lowered.dropLast(3)) : lowered), minutes > 0 { return Minutes(minutes) }
        if lowered.hasSuffix("t"), let hours = Int(lowered.dropLast()), hours > 0 { return .hours(hours) }
        throw DialogProblem(field, "Skriv varighet i minutter (90) eller timer (2t), ikke «\(text)».")
    }

    /// `24.12.2026`, or a number of days from now (`14`).
    static func date(_ text: String, answering field: some DialogField, now: Date, calendar: Calendar) throws(DialogProblem) -> Date {
        if let days = Int(text), days >= 0, let date = calendar.date(byAdding: .day, value: days, to: now) { return date }
        let parts = text.split(separator: ".").compactMap { Int($0) }
        if parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[2], month: parts[1], day: parts[0], hour: 12)) {
            return date
        }
        throw DialogProblem(field, "Skriv dato som dd.mm.åååå eller antall dager (14), ikke «\(text)».")
    }

    /// A whole number, at least `minimum`.
    static func count(_ text: String, answering field: some DialogField, minimum: Int = 1) throws(DialogProblem) -> Int {
        guard let number = Int(text), number >= minimum else { throw DialogProblem(field, "Skriv et tall, minst \(minimum).") }
        return number
    }
}
