import ArgumentParser

/// The root command: `beredskap <subcommand>`.
struct Beredskap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beredskap",
        abstract: "Beredskap: nødprosedyrer ved bortfall av IKT, med hendelseslogg som tåler strømbrudd.",
        discussion: """
            Alle kommandoer skriver til en lokal journal (ingen nettverk). Utgangskoder: 0 ok, \
            1 avvist eller feilet kontroll, 2 feil bruk.
            Journalmappe: --journal MAPPE, ellers $XDG_DATA_HOME/beredskap. Operatør: --operator NAVN, \
            ellers $BEREDSKAP_OPERATOR eller brukernavnet.
            """,
        subcommands: [
            InitCommand.self, OpenCommand.self, TriageCommand.self, LevelCommand.self, LogCommand.self,
            CorrectCommand.self, ControlCommand.self, CallCommand.self, DeclineCommand.self, ChecklistCommand.self, AvvikCommand.self, BreachCommand.self, MessageCommand.self, RoleCommand.self, ReportCommand.self,
            StepCommand.self, PhaseCommand.self, StatusCommand.self, TimelineCommand.self, PrintCommand.self,
            VerifyCommand.self, SealCommand.self, LintCommand.self, DemoCommand.self, ConsoleCommand.self,
            ExerciseCommand.self, HotWashCommand.self, CorrectiveActionCommand.self, AfterActionCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}

/// A failure the user can act on, already worded in Norwegian (exit code 1).
struct CommandFailure: Error {
    let message: String
}
