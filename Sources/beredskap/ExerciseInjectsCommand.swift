import ArgumentParser
import BeredskapCore
import Foundation

struct ExerciseInjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "injects",
        abstract: "Fasilitatorens tidslinje: hvert innspill med tid på øvelsesklokken, status og forventninger.",
        discussion: """
            Med --exercise NAVN: den startede øvelsen, med hva som er gitt ut, hoppet over og vurdert.
            Med SCENARIO: planen før start (T+mm, til, fra, tekst og forventninger), uten å røre noen journal.
            Eksempel: beredskap exercise injects skadevare-natt
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Scenariet, for planen før øvelsen er startet.", valueName: "SCENARIO")) var scenario: String?

    func validate() throws {
        switch (scenario, global.exercise) {
        case (nil, nil): throw ValidationError("Oppgi scenariet (planen før start) eller øvelsen med --exercise NAVN.")
        case (.some, .some): throw ValidationError("Oppgi enten SCENARIO (planen) eller --exercise NAVN (øvelsen), ikke begge.")
        case (.some, nil), (nil, .some): break
        }
    }

    func run() throws {
        let now = Date()
        if let scenario {
            let organisation = try global.organisation(now: now)
            print(InjectPlan(scenario: try ScenarioArgument.find(scenario, in: organisation), organisation: organisation).text)
            return
        }
        let state = try global.readStore(now: now).state
        guard let exercise = state.exercise else { throw Refusal.noExercise }
        print(FacilitatorTimeline(exercise: exercise, now: now, timeZone: state.organisation.timeZone).text)
    }
}
