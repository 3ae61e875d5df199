import ArgumentParser
import BeredskapCore

struct MessageListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Meldingene i en hendelse: utkast, godkjent, sendt.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Flag(help: "Skriv som JSON (for skript): meldingene slik journalen har dem.") var json = false

    func run() throws {
        let store = try global.readStore()
        guard let current = store.state[IncidentID(incident)] else { throw Refusal.unknownIncident(IncidentID(incident)) }
        if json { return try JSONOutput.print(current.messages) }
        if current.messages.isEmpty { print("Ingen meldinger i \(current.id).") }
        for message in current.messages {
            let status = message.sent.isEmpty ? (message.approvedBy == nil ? "utkast" : "godkjent") : "sendt"
            print("\(message.id) [\(status)] til \(InertText.make(message.draft.recipients)) (mal \(message.draft.template))")
            for sent in message.sent { print("  sendt \(Timestamps.local(sent.at, timeZone: store.state.organisation.timeZone)) via \(InertText.make(sent.channel))") }
        }
    }
}
