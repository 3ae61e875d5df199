import ArgumentParser
import Testing
@testable import beredskap

/// `--help` is the manual: the root lists every subcommand under its group, and subcommands explain themselves
/// in Norwegian with an example.
@Suite struct HelpTests {
    /// The issue's order: incident, notification, paper, exercise, avvik, report, journal; then set-up; then the region.
    static let groups = ["Hendelse", "Varsling og oppgaver", "Papir", "Øvelser", "Avvik og evaluering", "Rapporter", "Journal", "Oppsett",
                         "Region"]

    @Test func rootHelpShowsTheGroupsInOrderAndEverySubcommandInOne() throws {
        let configuration = Beredskap.configuration
        #expect(configuration.ungroupedSubcommands.isEmpty, "every subcommand belongs to a group")
        #expect(configuration.groupedSubcommands.map(\.name) == Self.groups)
        let names = configuration.groupedSubcommands.flatMap(\.subcommands).map { $0._commandName }
        #expect(names.sorted() == ["action", "after-action", "avvik", "breach", "call", "checklist", "checkpoint", "console", "control",
                                   "correct", "cosign", "decline", "demo", "exercise", "form", "hotwash", "init", "key", "level",
                                   "lint", "log", "message", "next", "open", "phase", "plan", "print", "prove", "region", "report", "role",
                                   "seal", "setup", "status", "step", "sync", "test", "timeline", "triage", "verify", "verify-proof"])

        let help = InProcess.help()
        let lines = help.split(separator: "\n").map(String.init)
        var previous = -1
        for group in configuration.groupedSubcommands {
            let header = try #require(lines.firstIndex(of: "\(group.name.uppercased()) SUBCOMMANDS:"), "\(group.name) in \(help)")
            #expect(header > previous, "\(group.name) comes after the group before it")
            previous = header
            for command in group.subcommands {
                let name = command._commandName + (command == ConsoleCommand.self ? " (default)" : "")
                let line = lines.dropFirst(header + 1).prefix { !$0.isEmpty }.first { $0.hasPrefix("  \(name) ") }
                #expect(line?.contains(command.configuration.abstract.prefix(30)) == true, "\(name) under \(group.name)")
            }
        }
    }

    @Test func subcommandHelpGivesTheNorwegianAbstractAndAnExample() {
        let log = InProcess.help(for: LogCommand.self)
        #expect(log.contains("OVERVIEW: Før en linje i hendelsesloggen (faktaark 2b); --at for etterregistrering."))
        #expect(log.contains("Eksempel: beredskap log H-2026-001 \"Leverandøren bekrefter feil i databasen\" --at 03:12"))
        #expect(log.contains("USAGE: beredskap log "))

        let start = InProcess.help(for: ExerciseStartCommand.self)
        #expect(start.contains("OVERVIEW: Opprett en ny øvelsesjournal og start øvelsesklokken på scenariet."))
        #expect(start.contains("Eksempel: beredskap exercise start skadevare-natt --exercise natt1"))
        #expect(start.contains("USAGE: beredskap exercise start "))

        let triage = InProcess.help(for: TriageCommand.self)
        #expect(triage.contains("Eksempel: beredskap triage H-2026-001 --system epj --category teknisk-svikt --severity høy --consequence"))

        for (command, example) in [(NextCommand.self as ParsableCommand.Type, "beredskap next H-2026-001"),
                                   (CorrectCommand.self, "beredskap correct 14 --text \"V2 svarte ikke\""),
                                   (MessageApproveCommand.self, "beredskap message approve H-2026-001 M1 --verbal-from \"Anne Berg\" --at 03:40"),
                                   (FormAdvanceCommand.self, "beredskap form advance H-2026-001 --place \"Sengepost 3B\" --to innlevert --count 40"),
                                   (FormAdvanceCommand.self, "beredskap form advance H-2026-001 --range JN-0001..JN-0040")] {
            #expect(InProcess.help(for: command).contains("Eksempel: " + example), "\(command)")
        }
    }

    /// Every option that takes a time says which forms it accepts (#18).
    @Test func everyTimeOptionShowsTheAcceptedForms() {
        for command in [LogCommand.self as ParsableCommand.Type, OpenCommand.self, PhaseCommand.self, BreachFlagCommand.self,
                        MessageApproveCommand.self, TestRecordCommand.self, TrainingRecordCommand.self] {
            let help = InProcess.help(for: command).replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            #expect(help.contains("03:12 (siste gang klokken var 03:12, i dag eller i går)"), "\(command)")
            #expect(help.contains("2026-11-24T02:12:00Z"), "\(command)")
        }
        let draft = InProcess.help(for: MessageDraftCommand.self).replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        #expect(draft.contains("14:00 (neste gang klokken blir 14:00)"))
    }

    @Test func everyCommandHasAnAbstract() {
        func visit(_ command: ParsableCommand.Type, path: String) {
            #expect(!command.configuration.abstract.isEmpty, "\(path)")
            for sub in command.configuration.subcommands { visit(sub, path: path + " " + sub._commandName) }
        }
        visit(Beredskap.self, path: "beredskap")
    }
}
