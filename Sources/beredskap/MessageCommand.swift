import ArgumentParser
import BeredskapCore
import Foundation

/// `beredskap message ...`: communication to patients, staff and authorities (factsheet 2i).
struct MessageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message",
        abstract: "Meldinger til pasienter, ansatte og myndigheter (faktaark 2i): utkast fra mal, godkjenning, sending.",
        discussion: "Malene står i Playbooks/maler.yaml. En melding teller som sendt først når krisestabsleder har godkjent den.",
        subcommands: [MessageDraft.self, MessageApprove.self, MessageSend.self, MessageList.self])
}

struct MessageDraft: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Lag et utkast fra en mal, fylt fra hendelsen.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Malens id, f.eks. ansatte-driftsstans.") var template: String
    @Option(help: "Mottakere (en gruppe eller et organ, aldri en pasient).") var to: String
    @Option(help: "Tidspunkt for neste melding.") var next: TimeArgument?
    @Option(help: "Kontaktnummer i meldingen.") var contact: String?
    @Option(help: "Ferdig tekst, når malens [hakeparenteser] er fylt inn for hånd.") var text: String?

    func run() throws {
        let entries = try global.execute(.draftMessage(IncidentID(incident), template: template, recipients: to,
                                                       nextUpdate: next?.upcoming(now: Date()), contact: contact, text: text))
        if case .messageDrafted(let draft)? = entries.first?.event?.body { print("\n" + InertText.make(draft.text)) }
    }
}

struct MessageApprove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Godkjenn en melding (bare krisestabsleder).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Meldingens id, f.eks. M1.") var message: String

    func run() throws {
        try global.execute(.approveMessage(IncidentID(incident), MessageID(message)))
    }
}

struct MessageSend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: "Registrer at en godkjent melding er sendt, og hvordan.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Meldingens id.") var message: String
    @Option(help: "Kanal: intranett, SMS, oppslag, e-post til myndighet ...") var channel: String

    func run() throws {
        try global.execute(.sendMessage(IncidentID(incident), MessageID(message), channel: channel))
    }
}

struct MessageList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Meldingene i en hendelse: utkast, godkjent, sendt.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String

    func run() throws {
        let store = try global.openStore()
        guard let current = store.state[IncidentID(incident)] else { throw Refusal.unknownIncident(IncidentID(incident)) }
        if current.messages.isEmpty { print("Ingen meldinger i \(current.id).") }
        for message in current.messages {
            let status = message.sent.isEmpty ? (message.approvedBy == nil ? "utkast" : "godkjent") : "sendt"
            print("\(message.id) [\(status)] til \(InertText.make(message.draft.recipients)) (mal \(message.draft.template))")
            for sent in message.sent { print("  sendt \(Timestamps.local(sent.at)) via \(InertText.make(sent.channel))") }
        }
    }
}
