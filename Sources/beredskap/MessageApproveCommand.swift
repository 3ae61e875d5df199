import ArgumentParser
import BeredskapCore

struct MessageApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Godkjenn en melding (bare krisestabsleder).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Meldingens id, f.eks. M1.") var message: String

    func run() throws {
        try global.execute(.approveMessage(IncidentID(incident), MessageID(message)))
    }
}
