import ArgumentParser
import BeredskapCore
import BeredskapJournal
import Foundation

/// `beredskap verify-proof FILE --key PUB`: checks a proof file without the journal.
struct VerifyProofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-proof",
        abstract: "Kontroller en bevisfil fra `beredskap prove` uten journalen: signaturen, hver linjes egen hash og inklusjonsbeviset.",
        discussion: "Utgangskode 1 ved ethvert problem.")

    @Argument(help: ArgumentHelp("Bevisfilen.", valueName: "FIL")) var file: String
    @Option(help: ArgumentHelp("Den offentlige nøkkelen (NAVN+ID+NØKKEL, eller en fil med den).", valueName: "NØKKEL")) var key: String

    func run() throws {
        let verifier = try InstallationKey.verifier(key)
        guard let data = FileManager.default.contents(atPath: file), let proof = ProofFile.decode(data) else {
            throw CommandFailure(message: "\(file) er ikke en bevisfil fra `beredskap prove`.")
        }
        let check = proof.check(with: verifier)
        guard let checkpoint = check.checkpoint else {
            let why = switch check.signature {
            case .absent: "kontrollpunktet er ikke signert med nøkkelen \(verifier.keyIDHex) (\(InertText.make(verifier.name)))"
            case .invalid: "signaturen holder ikke: kontrollpunktet er endret"
            case .valid: "kontrollpunktet er ikke et kontrollpunkt for en Beredskap-journal"
            }
            throw CommandFailure(message: "FEIL: \(why). Ingen linjer er bevist.")
        }
        print("Kontrollpunkt: \(CheckpointText(checkpoint, keyID: verifier.keyIDHex).description), signert av \(InertText.make(verifier.name))")
        print("Journal: \(checkpoint.origin.journal.uuidString) (\(checkpoint.origin.kind == .exercise ? "ØVELSE" : "reell"))")
        print("Bevist: \(Count.phrase(check.proven.count, "linje", "linjer"))")
        let failures = check.failed.map { failure in
            let why = switch failure.reason {
            case .lineDamaged: "linjen er endret (dens egen hash holder ikke)"
            case .otherSeq(let seq): "linjen er nr. \(seq), ikke nr. \(failure.seq)"
            case .notIncluded: "beviset fører ikke til den signerte roten"
            }
            return "FEIL: nr. \(failure.seq): \(why)."
        }
        if !failures.isEmpty || check.proven.isEmpty {
            throw CommandFailure(message: (failures.isEmpty ? ["FEIL: filen har ingen linjer."] : failures).joined(separator: "\n"))
        }
        print("OK: hver linje finnes i journalen slik kontrollpunktet forplikter.")
    }
}
