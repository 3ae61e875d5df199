import BeredskapConsole
import BeredskapJournal
import BeredskapStore
import Foundation

/// The checkpoint a printout carries: signed just before printing, so the paper witnesses the journal as it is.
enum PaperWitness {
    /// Signs a checkpoint of the journal of `global` (when the journal has grown) and returns the latest as
    /// printed text; nil when there is no journal. A failure is told on standard error and prints without one.
    static func text(for global: GlobalOptions, now: Date) -> String? {
        guard FileManager.default.fileExists(atPath: global.path) else { return nil }
        do {
            let store = try IncidentStore.read(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
            let signing = try InstallationKey.signing(for: global)
            try store.signCheckpoint(with: signing, now: now)
            return CheckpointText.latest(journal: global.path, verifier: signing.signer.verifier)?.description
        } catch {
            Terminal.error("Merk: utskriften har ikke noe kontrollpunkt. " + CheckpointFailureText.norwegian(error))
            return nil
        }
    }
}
