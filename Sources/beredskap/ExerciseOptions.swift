import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

/// The global options of a facilitator command, which must name the exercise journal.
struct ExerciseOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard global.exercise != nil else {
            throw ValidationError("Oppgi øvelsen med --exercise NAVN (navnet `beredskap exercise start` skrev ut).")
        }
    }

    /// Records a facilitator's command, then says where the exercise clock stands («T+20 (02.10 i scenariet)»), as
    /// every exercise screen does.
    @discardableResult
    func execute(_ action: Action) throws -> IncidentStore {
        let store = try global.executing(action).store
        if let exercise = store.state.exercise {
            print("Øvelsesklokke: \(exercise.clockTime(at: Date()))" + (exercise.isEnded ? " (ENDEX)" : exercise.isPaused ? " (står stille)" : ""))
        }
        return store
    }
}
