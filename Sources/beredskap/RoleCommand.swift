import ArgumentParser
import BeredskapCore

struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Utnevn eller overlever en krisestabsrolle (faktaark 2e), f.eks. krisestabsleder.",
        discussion: "Skriv personen slik vedkommende logger seg på (--operator), så kan krisestabsleder godkjenne meldinger.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var relay: RelayOption
    @Argument(help: "Rollens id fra roller.yaml.") var role: String
    @Option(help: "Hvem som har rollen nå.") var person: String
    @Option(help: "Overleveringsnotat ved bytte.") var handover: String?

    func run() throws {
        try global.execute(.assignRole(RoleID(role), person: person, handoverNote: handover), onBehalfOf: relay.onBehalfOf)
    }
}
