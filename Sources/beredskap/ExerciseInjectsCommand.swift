import ArgumentParser
import BeredskapCore
import Foundation

struct ExerciseInjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "injects",
        abstract: "Fasilitatorens tidslinje: hvert innspill med tid på øvelsesklokken, status og forventninger.")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        let now = Date()
        let state = try options.global.readStore(now: now).state
        guard let exercise = state.exercise else { throw Refusal.noExercise }
        print(FacilitatorTimeline(exercise: exercise, now: now, timeZone: state.organisation.timeZone).text)
    }
}
