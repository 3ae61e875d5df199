import ArgumentParser
import BeredskapCore

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Korriger en tidligere registrering. Ingenting endres eller slettes: korrigeringen peker på nr.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Nummeret (seq) på registreringen som korrigeres.") var seq: Int
    @Argument(help: "Riktig opplysning.") var text: String
    @Option(help: "Hvorfor det korrigeres.") var reason: String
    @Option(help: "Hendelsen det gjelder.") var incident: String?

    func run() throws {
        try global.execute(.correct(seq: seq, incident: incident.map(IncidentID.init(rawValue:)), text: text, reason: reason))
    }
}
