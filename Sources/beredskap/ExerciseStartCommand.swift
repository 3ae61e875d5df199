import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

struct ExerciseStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Opprett en ny øvelsesjournal og start øvelsesklokken på scenariet.",
        discussion: """
            Journalen heter SCENARIO-ÅÅÅÅMMDD-TTMM med mindre --exercise NAVN er gitt. Den reelle journalen berøres ikke.
            Med --tempo 2 spilles et scenario planlagt for to timer på én: innspillene forfaller på halve tiden, og
            øvelsesklokken viser scenariets tid (T+mm i planen).
            Eksempel: beredskap exercise start skadevare-natt --exercise natt1 --tempo 2
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Scenariets id, f.eks. skadevare-natt.", valueName: "SCENARIO")) var scenario: String
    @Option(help: ArgumentHelp("Hvor fort scenariet går mot veggklokken, fra 0,5 til 10: 2 spiller to planlagte timer på én.",
                               valueName: "FAKTOR"))
    var tempo: ExerciseTempo = .realTime
    @Option(help: TimeArgument.pastHelp("Når øvelsen startet, om den ble startet før den ble registrert:"))
    var at: TimeArgument?

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        let chosen = try ScenarioArgument.find(scenario, in: organisation)
        var options = global
        options.exercise = global.exercise ?? "\(chosen.id)-\(Self.stamp(now))"
        guard !FileManager.default.fileExists(atPath: options.path) else {
            throw CommandFailure(message: "Øvelsesjournalen \(options.path) finnes allerede. Velg et annet navn med --exercise NAVN.")
        }
        let store = try IncidentStore.create(path: options.path, kind: .exercise, organisation: organisation, now: now)
        let occurred = at?.past(now: now, timeZone: organisation.timeZone)
        try store.execute(Command(by: try global.operatorName, occurred: occurred, .startExercise(chosen, tempo: tempo)), now: now)
        let name = options.exercise ?? ""
        let exercise = store.state.exercise
        print("""
            ØVELSE startet: \(InertText.make(chosen.title))
            Øvelsesjournal: \(options.path)
            Planlagt \(chosen.duration) på øvelsesklokken\(tempo == .realTime ? "" : ", tempo \(tempo): \(Minutes.describe(seconds: exercise?.plannedWallTime ?? 0)) i virkeligheten")\(chosen.startTime.map { "; scenariet starter kl. \(ExerciseClockTime.dotted($0))" } ?? "")

            Startsituasjon: \(InertText.make(chosen.startSituation))

            Deltakerne: beredskap --exercise \(name)
            Fasilitator: beredskap exercise injects --exercise \(name)
            """)
    }

    /// `20261125-0206` in local time: sorts by date and is a valid exercise name.
    static func stamp(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d%02d%02d-%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }
}
