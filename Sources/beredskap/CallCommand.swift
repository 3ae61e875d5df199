import ArgumentParser
import BeredskapCore

struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Registrer et varslingsforsøk (faktaark 2c/2d): nådd, ikke-svar, beskjed-lagt-igjen eller ringer-tilbake.",
        discussion: """
            Varslingene og deres id (V1, V2 ...) står i `beredskap status`. Bare «nådd» oppfyller varslingen.
            Eksempel: beredskap call H-2026-001 V1 --outcome nådd
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Varslingens id, f.eks. V1.") var duty: String
    @Option(help: "Utfall: nådd, ikke-svar, beskjed-lagt-igjen, ringer-tilbake.") var outcome: CallOutcome
    @Option(help: "Nummeret som ble ringt.") var number: String?
    @Option(help: "Merknad (aldri helseopplysninger).") var note: String?

    func run() throws {
        try global.execute(.recordCall(IncidentID(incident), DutyID(duty), outcome: outcome, number: number, note: note))
    }
}
