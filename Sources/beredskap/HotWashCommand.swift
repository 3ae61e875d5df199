import ArgumentParser
import BeredskapCore

struct HotWashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotwash",
        abstract: "Før et punkt fra hot wash: en styrke, et forbedringsområde eller et svar på et av scenariets spørsmål.",
        discussion: """
            For en hendelse når tjenesten er tilbake (ajourføres eller senere); for en øvelse (uten --incident) etter ENDEX.
            Et svar hører til et spørsmål i scenariet: beredskap hotwash svar "Varslingen gikk greit" --question 1 --exercise natt1
            (`beredskap exercise injects` viser spørsmålene med nummer).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "styrke, forbedring eller svar.") var kind: HotWashKind
    @Argument(help: "Teksten.") var text: String
    @Option(help: ArgumentHelp("Hendelsen punktet gjelder.", valueName: "ID")) var incident: String?
    @Option(help: ArgumentHelp("Spørsmålet i scenariet et svar gjelder, nummerert fra 1.", valueName: "NR")) var question: Int?

    func run() throws {
        try global.execute(.noteHotWash(incident.map(IncidentID.init(rawValue:)), kind, text: text, question: question))
    }
}
