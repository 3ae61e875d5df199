import ArgumentParser

/// The root command: `beredskap <subcommand>`, the subcommands grouped as in `beredskap --help`.
struct Beredskap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beredskap",
        abstract: "Beredskap: nødprosedyrer ved bortfall av IKT, med hendelseslogg som tåler strømbrudd.",
        discussion: """
            Alle kommandoer skriver til en lokal journal (ingen nettverk). Utgangskoder: 0 ok, \
            1 avvist eller feilet kontroll, 2 feil bruk.
            Journalmappe: --journal MAPPE, ellers /var/lib/beredskap når den finnes (delt av gruppen beredskap, \
            se `beredskap setup --shared`), ellers $XDG_DATA_HOME/beredskap (~/.local/share/beredskap).
            Playbooks: --playbooks MAPPE, ellers $BEREDSKAP_PLAYBOOKS, ellers den første som finnes av ./Playbooks, \
            $XDG_CONFIG_HOME/beredskap/playbooks og /etc/beredskap/playbooks (en ny: `beredskap setup --organisation MAPPE`).
            Operatør: --operator NAVN, ellers $BEREDSKAP_OPERATOR eller brukernavnet; hver registrering lagrer også \
            brukerkontoen. Valgene kan skrives før eller etter underkommandoen: beredskap --journal MAPPE status.
            NO_COLOR slår av farger. --json gir maskinlesbar utskrift fra status, next, verify, lint, avvik list, \
            action list og message list (timeline: --format json; report: --format csv).
            """,
        version: Version.current,
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
            CommandGroup(name: "Papir", subcommands: [PrintCommand.self, FormCommand.self]),
            CommandGroup(name: "Øvelser", subcommands: [ExerciseCommand.self, HotWashCommand.self, DemoCommand.self]),
            CommandGroup(name: "Avvik og evaluering", subcommands: [AvvikCommand.self, CorrectiveActionCommand.self, TestCommand.self]),
            CommandGroup(name: "Rapporter", subcommands: [ReportCommand.self, AfterActionCommand.self]),
            CommandGroup(name: "Journal", subcommands: [
                InitCommand.self, VerifyCommand.self, SealCommand.self, CheckpointCommand.self, CosignCommand.self,
                ProveCommand.self, VerifyProofCommand.self, KeyCommand.self,
            ]),
            CommandGroup(name: "Oppsett", subcommands: [SetupCommand.self, LintCommand.self, PlanCommand.self]),
            CommandGroup(name: "Region", subcommands: [SyncCommand.self, RegionCommand.self]),
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}
