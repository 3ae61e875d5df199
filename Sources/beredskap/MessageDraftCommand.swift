import ArgumentParser
import BeredskapCore
import Foundation

struct MessageDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Lag et utkast fra en mal, fylt fra hendelsen.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Malens id, f.eks. ansatte-driftsstans.") var template: String
    @Option(help: "Mottakere (en gruppe eller et organ, aldri en pasient).") var to: String
    @Option(help: TimeArgument.upcomingHelp("Tidspunkt for neste melding.")) var next: TimeArgument?
    @Option(help: "Kontaktnummer i meldingen.") var contact: String?
    @Option(help: "Ferdig tekst, når malens [hakeparenteser] er fylt inn for hånd.") var text: String?

    func run() throws {
        let entries = try global.execute(.draftMessage(IncidentID(incident), template: TemplateID(template), recipients: to,
                                                       nextUpdate: next?.upcoming(now: Date()), contact: contact, text: text))
        if case .messageDrafted(let draft)? = entries.first?.event?.body { print("\n" + InertText.make(draft.text)) }
    }
}
