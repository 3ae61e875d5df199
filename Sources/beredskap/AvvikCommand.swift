import ArgumentParser

/// `beredskap avvik ...`: deviations (Normen 5.8.1) with the internal-control guide's fields, measures and closing.
struct AvvikCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "avvik",
        abstract: "Avvik (Normen 5.8.1): registrer, følg opp med tiltak, lukk med avsluttende vurdering.",
        discussion: "Ingen navn på pasienter eller fødselsnummer i teksten; roller skrives som stillinger, ikke navn.",
        subcommands: [AvvikRegisterCommand.self, AvvikMeasureCommand.self, AvvikUpdateCommand.self, AvvikCloseCommand.self, AvvikListCommand.self])
}
