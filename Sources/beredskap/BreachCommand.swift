import ArgumentParser

/// `beredskap breach ...`: a personal-data breach (Normen 5.8) from flag to the last staged notification.
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Brudd på personopplysningssikkerheten (Normen 5.8): 72-timersfristen, utkast og trinnvis melding.",
        discussion: "Fristen løper fra når virksomheten fikk kjennskap til bruddet. Beslutning om ikke å melde: `beredskap decline`.",
        subcommands: [BreachFlagCommand.self, BreachDetailsCommand.self, BreachDraftCommand.self, BreachReportCommand.self])
}
