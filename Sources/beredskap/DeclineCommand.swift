import ArgumentParser
import BeredskapCore

struct DeclineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "Beslutt at en varsling ikke skal gjøres, med begrunnelse (begrunnelsen lagres som dokumentasjon).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Varslingens id, f.eks. V2.") var duty: String
    @Option(help: "Hvorfor varslingen ikke gjøres.") var reason: String

    func run() throws {
        try global.execute(.declineNotification(IncidentID(incident), DutyID(duty), reason: reason))
    }
}
