import ArgumentParser

/// `beredskap avvik ...`: deviations (Normen 5.8.1) with the internal-control guide's fields, measures and closing.
struct AvvikCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "avvik",
        abstract: "Avvik (Normen 5.8.1): registrer, vurder risiko, følg opp med tiltak, lukk med avsluttende vurdering.",
        discussion: "Ingen navn på pasienter eller fødselsnummer i teksten; roller skrives som stillinger, ikke navn. "
            + "Samme system og årsak som et annet avvik de siste 12 månedene gir en advarsel: vurder ny risikovurdering.",
        subcommands: [AvvikRegisterCommand.self, AvvikCauseCommand.self, AvvikRiskCommand.self, AvvikMeasureCommand.self,
                      AvvikApproveCommand.self, AvvikUpdateCommand.self, AvvikCloseCommand.self, AvvikListCommand.self,
                      AvvikShowCommand.self])
}
