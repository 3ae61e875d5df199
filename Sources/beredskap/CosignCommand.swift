import ArgumentParser
import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// `beredskap cosign --key FILE`: a second key signs the latest checkpoint, after checking it against the journal.
struct CosignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cosign",
        abstract: "Medsigner siste kontrollpunkt med en annen nøkkel (f.eks. krisestabslederens), etter å ha kontrollert det mot journalen.",
        discussion: "Da kan ikke én stjålet nøkkel skrive om historien alene. Lag nøkkelen med `beredskap key new FIL --name NAVN`.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Filen med medsignerens private nøkkel.", valueName: "FIL")) var key: String

    func run() throws {
        let cosigner = try InstallationKey.load(key)
        guard let header = JournalReader.header(path: global.path) else {
            throw CommandFailure(message: "Fant ingen journal i \(global.path).")
        }
        let report = try JournalVerifier.verify(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
        if let problem = report.problem {
            throw CommandFailure(message: "Journalen har feil (\(problem)); ingenting er medsignert. Kjør `beredskap verify`.")
        }
        guard let entry = try CheckpointLog.read(journal: global.path).entries.last else {
            throw CommandFailure(message: "Journalen har ingen kontrollpunkter ennå; lag ett med `beredskap checkpoint`.")
        }
        let trusted = [InstallationKey.verifier, cosigner.verifier].compactMap { $0 }
        let lines = try JournalLines.read(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
        let finding = CheckpointVerification.check([entry], header: header, lines: lines, trusted: trusted)[0]
        guard finding.result == .holds, let checkpoint = finding.checkpoint else {
            throw CommandFailure(message: "Siste kontrollpunkt stemmer ikke med journalen (\(EvidenceText.result(finding.result))); "
                + "ingenting er medsignert.")
        }
        var note = entry.note
        note.add(cosigner)
        try CheckpointLog.append(.init(note: note, subtrees: entry.subtrees), journal: global.path)
        print("Medsignert av \(InertText.make(cosigner.name)) (nøkkel \(cosigner.verifier.keyIDHex)): "
            + CheckpointText(checkpoint, keyID: cosigner.verifier.keyIDHex).description)
    }
}
