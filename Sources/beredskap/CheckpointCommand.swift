import ArgumentParser
import BeredskapJournal
import BeredskapStore
import Foundation

/// `beredskap checkpoint`: signs a checkpoint of the journal now (it is also signed automatically).
struct CheckpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Signer et kontrollpunkt av journalen nå og skriv det ut (skjer også av seg selv ved fase- og nivåskifte, "
            + "utskrift og hver time).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.readStore()
        let signing = try InstallationKey.signing(for: global)
        if let checkpoint = try store.signCheckpoint(with: signing, now: Date()) {
            print("Signert: \(CheckpointText(checkpoint, keyID: signing.signer.verifier.keyIDHex).description)")
        } else if let latest = CheckpointText.latest(journal: global.path, verifier: signing.signer.verifier) {
            print("Ingenting nytt siden siste kontrollpunkt: \(latest.description)")
        } else {
            throw CommandFailure(message: "Journalen er skadet eller ikke kontrollert; ingenting er signert. Kjør `beredskap verify`.")
        }
        print("Kontrollpunktene ligger i \(CheckpointLog.path(forJournal: global.path)).")
    }
}
