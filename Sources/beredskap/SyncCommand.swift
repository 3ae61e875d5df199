import ArgumentParser
import BeredskapCore
import BeredskapRegion
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Kopier journalens linjer til regionens database (PostgreSQL); trygt å kjøre igjen og å avbryte.",
        discussion: """
            Regionen får linjene etter den siste den har, i bolker på én transaksjon hver, og kontrollerer hash og \
            kjede for hver linje. Har regionen en linje som ikke finnes her, sendes ingenting («kjeden er endret \
            etter nr. N»). Øvelsesjournaler (--exercise) går bare til regionens øvelsestabeller.
            Eksempel: beredskap sync "host=region.example dbname=beredskap user=sykehus-a"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var region: RegionConnectionArgument
    @Option(help: ArgumentHelp("Linjer per transaksjon.", valueName: "ANTALL")) var batch = 5000

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch må være minst 1.") }
    }

    func run() throws {
        let organisation = try global.organisation(now: Date())
        let connection = try region.connect()
        let outcome = try RegionSync.sync(path: global.path, organisation: organisation, connection: connection, batchSize: batch,
                                          lockWaiting: GlobalOptions.lockWaiting)
        let tables = outcome.kind == .real ? "tabellene for reelle hendelser" : "øvelsestabellene"
        let before = outcome.regionHeadBefore.map { "Regionen hadde til nr. \($0)" } ?? "Journalen var ny for regionen"
        print("\(before); \(Count.phrase(outcome.linesSent, "linje", "linjer")) sendt. Regionen har nå journalen fra "
            + "«\(outcome.hospital)» til og med nr. \(outcome.head) (i \(tables))."
            + (outcome.checkpointsSent > 0 ? " Nye signerte kontrollpunkter: \(outcome.checkpointsSent)." : ""))
        if let damaged = outcome.damagedFrom {
            throw CommandFailure(message: "Journalen er skadet fra nr. \(damaged); linjene fra der er ikke sendt. Se `beredskap verify`.")
        }
    }
}
