import Foundation
import Testing
@testable import BeredskapCore

@Suite("Exercises a reporting period calls for: one per interval begun (Normen 5.9)")
struct ExerciseRequirementTests {
    let start = Date(timeIntervalSince1970: 1_767_222_000) // 2026-01-01 00:00 in Oslo
    func days(_ count: Double) -> Date { start.addingTimeInterval(count * 86_400) }

    @Test("A year asks for one, also a leap year; a day more than a year's grace asks for two")
    func yearly() {
        let organisation = Organisation(name: "Fjordvik", exerciseIntervalDays: 365)
        #expect(organisation.exercisesRequired(from: start, to: days(1)) == 1, "a short period still asks for one")
        #expect(organisation.exercisesRequired(from: start, to: days(365)) == 1)
        #expect(organisation.exercisesRequired(from: start, to: days(366)) == 1, "a leap year")
        #expect(organisation.exercisesRequired(from: start, to: days(367)) == 2)
        #expect(organisation.exercisesRequired(from: start, to: days(731)) == 2)
        #expect(organisation.exercisesRequired(from: start, to: days(5 * 365)) == 5)
    }

    @Test("A shorter interval asks for more")
    func halfYearly() {
        let organisation = Organisation(name: "Fjordvik", exerciseIntervalDays: 180)
        #expect(organisation.exercisesRequired(from: start, to: days(365)) == 3)
        #expect(organisation.exercisesRequired(from: start, to: days(181)) == 1)
    }
}
