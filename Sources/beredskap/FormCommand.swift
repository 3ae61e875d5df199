import ArgumentParser

/// `beredskap form ...`: the paper forms issued in an incident, followed until they are entered and checked (2f).
struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Papirskjema i en hendelse: fra utlevert via innlevert og registrert til kontrollert (faktaark 2f).",
        discussion: "Skjemaene skrives ut og føres som utlevert med `beredskap print forms SKJEMA --incident ID --to AVDELING`.",
        subcommands: [FormAdvanceCommand.self])
}
