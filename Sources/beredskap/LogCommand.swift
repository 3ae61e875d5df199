import ArgumentParser
import BeredskapCore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Før en linje i hendelsesloggen (faktaark 2b); --at for etterregistrering.",
        discussion: "Aldri pasientidentitet: bruk skjemaets løpenummer eller avdeling og seng.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Teksten.") var text: String
    @Option(help: "Når det skjedde, hvis ikke nå (etterregistrering).") var at: TimeArgument?

    func run() throws {
        try global.execute(.log(IncidentID(incident), text: text), occurred: at?.past(now: Date()))
    }
}

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

struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Bekreft kontroll og situasjonsforståelse (faktaark 2h); kreves før gjenoppretting.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Hva bekreftelsen bygger på.") var note: String

    func run() throws {
        try global.execute(.confirmControl(IncidentID(incident), note: note))
    }
}
