import ArgumentParser
import BeredskapCore

struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Bekreft kontroll og situasjonsforståelse (faktaark 2h); kreves før gjenoppretting.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var relay: RelayOption
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Hva bekreftelsen bygger på.") var note: String

    func run() throws {
        try global.execute(.confirmControl(IncidentID(incident), note: note), onBehalfOf: relay.onBehalfOf)
    }
}
