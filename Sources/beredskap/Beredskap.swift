import ArgumentParser

/// The root command: `beredskap <subcommand>`, the subcommands grouped as in `beredskap --help`.
struct Beredskap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beredskap",
        abstract: "Beredskap: nødprosedyrer ved bortfall av IKT, med hendelseslogg som tåler strømbrudd.",
        discussion: """
            Alle kommandoer skriver til en lokal journal (ingen nettverk). Utgangskoder: 0 ok, \
            1 avvist eller feilet kontroll, 2 feil bruk.
            Journalmappe: --journal MAPPE, ellers $XDG_DATA_HOME/beredskap. Operatør: --operator NAVN, \
            ellers $BEREDSKAP_OPERATOR eller brukernavnet. Valgene skrives etter underkommandoen: \
            beredskap status --journal MAPPE.
            """,
        groupedSubcommands: [
            CommandGroup(name: "Hendelse", subcommands: [
                ConsoleCommand.self, OpenCommand.self, TriageCommand.self, LevelCommand.self, PhaseCommand.self,
                LogCommand.self, CorrectCommand.self, ControlCommand.self, StatusCommand.self, NextCommand.self,
                TimelineCommand.self,
            ]),
            CommandGroup(name: "Varsling og oppgaver", subcommands: [
                CallCommand.self, DeclineCommand.self, ChecklistCommand.self, StepCommand.self, RoleCommand.self,
                MessageCommand.self, BreachCommand.self,
            ]),
            CommandGroup(name: "Evaluering og avvik", subcommands: [
                HotWashCommand.self, AfterActionCommand.self, CorrectiveActionCommand.self, AvvikCommand.self, TestCommand.self,
            ]),
            CommandGroup(name: "Papir og rapporter", subcommands: [PrintCommand.self, FormCommand.self, ReportCommand.self]),
            CommandGroup(name: "Journal", subcommands: [
                InitCommand.self, VerifyCommand.self, SealCommand.self, CheckpointCommand.self, CosignCommand.self,
                ProveCommand.self, VerifyProofCommand.self, KeyCommand.self,
            ]),
            CommandGroup(name: "Øvelser", subcommands: [ExerciseCommand.self, DemoCommand.self]),
            CommandGroup(name: "Oppsett", subcommands: [LintCommand.self, PlanCommand.self]),
            CommandGroup(name: "Region", subcommands: [SyncCommand.self, RegionCommand.self]),
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}
