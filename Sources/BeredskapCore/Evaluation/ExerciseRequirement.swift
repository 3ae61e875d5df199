import Foundation

extension Organisation {
    /// How many exercises a reporting period calls for (Normen 5.9, factsheet 3b): one for every
    /// `exerciseIntervalDays` begun, at least one. A day's grace absorbs the leap day, so a calendar year asks for
    /// one exercise and a year and two days for two.
    public func exercisesRequired(from start: Date, to end: Date) -> Int {
        let days = end.timeIntervalSince(start) / 86_400
        return max(1, Int(((days - 1) / Double(exerciseIntervalDays)).rounded(.up)))
    }
}
