import ArgumentParser
import BeredskapCore

struct HotWashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotwash",
        abstract: "Før et punkt fra hot wash: en styrke eller et forbedringsområde, for en hendelse eller (uten --incident) øvelsen.",
        discussion: "For en hendelse når tjenesten er tilbake (ajourføres eller senere); for en øvelse etter ENDEX.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "styrke eller forbedring.") var kind: HotWashKind
    @Argument(help: "Teksten.") var text: String
    @Option(help: ArgumentHelp("Hendelsen punktet gjelder.", valueName: "ID")) var incident: String?

    func run() throws {
        try global.execute(.noteHotWash(incident.map(IncidentID.init(rawValue:)), kind, text: text))
    }
}
