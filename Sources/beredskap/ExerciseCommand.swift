import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

/// `beredskap exercise`: the facilitator's side of a tabletop exercise. Participants use the normal console and
/// commands with `--exercise NAVN`; nothing here can touch the real journal.
struct ExerciseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Bordøvelser (faktaark 3c): start et scenario, gi ut innspill, vurder forventninger, evaluer.",
        discussion: """
            En øvelse har sin egen journal i MAPPE/ovelser/NAVN.jsonl og berører aldri den reelle journalen. \
            Fasilitatoren styrer med underkommandoene her; deltakerne bruker konsollen med --exercise NAVN. \
            I en øvelse vises ingen ekte telefonnumre: fasilitatoren spiller dem som varsles.
            """,
        subcommands: [ExerciseScenariosCommand.self, ExerciseStartCommand.self, ExerciseInjectsCommand.self,
                      ExerciseReleaseCommand.self, ExerciseSkipCommand.self, ExercisePauseCommand.self,
                      ExerciseResumeCommand.self, ExerciseAssessCommand.self, ExerciseObserveCommand.self,
                      ExerciseEndCommand.self, ExerciseEvaluateCommand.self, ExerciseReportCommand.self])
}

/// The global options of a facilitator command, which must name the exercise journal.
struct ExerciseOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard global.exercise != nil else {
            throw ValidationError("Oppgi øvelsen med --exercise NAVN (navnet `beredskap exercise start` skrev ut).")
        }
    }
}

struct ExerciseScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scenarios", abstract: "Scenariene i Playbooks/ovelser/.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let scenarios = try global.organisation(now: Date()).scenarios
        if scenarios.isEmpty { print("Ingen scenarier i ovelser/.") }
        for scenario in scenarios {
            print("\(scenario.id)  \(InertText.make(scenario.title))  (\(scenario.duration), \(scenario.injects.count) innspill; "
                + "prosedyrer: \(scenario.procedures.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}

struct ExerciseStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Opprett en ny øvelsesjournal og start øvelsesklokken på scenariet.",
        discussion: "Journalen heter SCENARIO-ÅÅÅÅMMDD-TTMM med mindre --exercise NAVN er gitt. Den reelle journalen berøres ikke.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Scenariets id, f.eks. skadevare-natt.", valueName: "SCENARIO")) var scenario: String

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        guard let chosen = organisation.scenario(scenario) else {
            throw CommandFailure(message: "Fant ikke scenariet «\(InertText.make(scenario))». Scenariene er: "
                + organisation.scenarios.map(\.id).joined(separator: ", ") + " (`beredskap exercise scenarios`).")
        }
        var options = global
        options.exercise = global.exercise ?? "\(chosen.id)-\(Self.stamp(now))"
        guard !FileManager.default.fileExists(atPath: options.path) else {
            throw CommandFailure(message: "Øvelsesjournalen \(options.path) finnes allerede. Velg et annet navn med --exercise NAVN.")
        }
        let store = try IncidentStore.create(path: options.path, kind: .exercise, organisation: organisation, now: now)
        try store.execute(Command(by: try global.operatorName, .startExercise(chosen)), now: now)
        let name = options.exercise ?? ""
        print("""
            ØVELSE startet: \(InertText.make(chosen.title))
            Øvelsesjournal: \(options.path)

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

struct ExerciseInjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "injects",
        abstract: "Fasilitatorens tidslinje: hvert innspill med tid på øvelsesklokken, status og forventninger.")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        let now = Date()
        let state = try options.global.openStore(now: now).state
        guard let exercise = state.exercise else { throw Refusal.noExercise }
        print(FacilitatorTimeline(exercise: exercise, now: now, timeZone: state.organisation.timeZone).text)
    }
}
