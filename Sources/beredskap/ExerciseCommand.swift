import ArgumentParser

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
                      ExerciseEndCommand.self, ExerciseEvaluateCommand.self, ExerciseReportCommand.self,
                      ExercisePrintCommand.self, ExerciseMSELCommand.self])
}
