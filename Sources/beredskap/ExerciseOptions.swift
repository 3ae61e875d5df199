import ArgumentParser

/// The global options of a facilitator command, which must name the exercise journal.
struct ExerciseOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard global.exercise != nil else {
            throw ValidationError("Oppgi øvelsen med --exercise NAVN (navnet `beredskap exercise start` skrev ut).")
        }
    }
}
