import ArgumentParser

/// `beredskap print`: the paper fallback, as PDF or plain text, to a file or a printer.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Skriv ut nødpermen, hurtigkortene, en sjekkliste, papirskjema med løpenummer eller statusrapporten (PDF eller tekst).",
        discussion: """
            Hver side har virksomhet, dokument, versjon og sjekksum, utskriftstid, side x av y, eksemplar og \
            klassifisering. Med --exercise (eller en øvelsesjournal) står ØVELSE på hver side.
            """,
        subcommands: [PrintBinderCommand.self, PrintCardCommand.self, PrintChecklistCommand.self, PrintFormsCommand.self, PrintStatusCommand.self,
                      PrintReportCommand.self, PrintAfterActionCommand.self])
}
