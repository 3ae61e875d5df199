import ArgumentParser
import BeredskapCore

struct MessageSendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: "Registrer at en godkjent melding er sendt, og hvordan.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Meldingens id.") var message: String
    @Option(help: "Kanal: intranett, SMS, oppslag, e-post til myndighet ...") var channel: String

    func run() throws {
        try global.execute(.sendMessage(IncidentID(incident), MessageID(message), channel: channel))
    }
}
