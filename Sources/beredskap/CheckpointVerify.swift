import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// The checkpoint part of `beredskap verify`: every stored checkpoint against the journal, the witness of the
/// latest one signed here, and a checkpoint copied from paper.
struct CheckpointVerify {
    let path: String
    let header: JournalHeader
    let lines: JournalLines
    let trusted: [NoteVerifier]
    /// Where what holds is told: standard output, or the findings of `verify --json`.
    let say: (String) -> Void

    /// Tells what holds; returns the failures.
    func stored() throws -> [String] {
        let contents = try CheckpointLog.read(journal: path)
        let file = CheckpointLog.path(forJournal: path)
        var failures: [String] = []
        let witness = CheckpointWitness.latest(directory: InstallationKey.location.witnessDirectory, journal: header.id)
        if !contents.exists {
            if let witness, let checkpoint = Checkpoint(text: witness.text) {
                failures.append("FEIL: kontrollpunktfilen \(file) er BORTE, men denne maskinen signerte kontrollpunkt "
                    + "\(checkpoint.code) for journalen.")
            } else {
                say("Kontrollpunkter: ingen ennå (\(file) finnes ikke).")
            }
            return failures
        }
        for line in contents.unreadable {
            failures.append("FEIL: linje \(line) i \(file) er ikke et kontrollpunkt (skadet eller avbrutt skriving).")
        }
        if let witness, !contents.entries.contains(where: { $0.note.text == witness.text }),
           let checkpoint = Checkpoint(text: witness.text)
        {
            failures.append("FEIL: kontrollpunkt \(checkpoint.code), som denne maskinen signerte sist, mangler i \(file): "
                + "filen er avkortet eller skrevet om.")
        }
        let findings = CheckpointVerification.check(contents.entries, header: header, lines: lines, trusted: trusted)
        var holding = 0
        for finding in findings {
            let name = finding.checkpoint.map { "Kontrollpunkt \($0.code)" } ?? "Et kontrollpunkt"
            switch finding.result {
            case .holds:
                holding += 1
            case .refused(.untrustedSigner):
                // Another user's or machine's key: no evidence either way here, so a warning; `--key` makes it count.
                say("ADVARSEL: \(name) \(EvidenceText.result(finding.result)); gi nøkkelen med --key for å kontrollere det.")
            case .differs, .beyondJournal, .refused:
                failures.append("FEIL: \(name) \(EvidenceText.result(finding.result)).")
            }
        }
        if let first = CheckpointVerification.firstDifference(findings) {
            failures.append("FEIL: journalen er skrevet om etter at den ble signert; \(EvidenceText.lineRange(first)).")
        }
        let signers = Set(findings.flatMap(\.signedBy)).sorted().map(InertText.make).joined(separator: ", ")
        say("Kontrollpunkter: \(holding) av \(findings.count) stemmer" + (signers.isEmpty ? "." : " (signert av \(signers))."))
        return failures
    }

    /// Checks a checkpoint copied from paper; returns the failure, if any.
    func paper(_ text: CheckpointText) -> String? {
        if text.isExercise != (header.kind == .exercise) {
            return text.isExercise ? "FEIL: \(text.description) er et ØVELSES-kontrollpunkt; det godtas aldri for en reell journal."
                : "FEIL: \(text.description) er fra en reell journal, men dette er en øvelsesjournal."
        }
        if let keyID = text.keyID, !trusted.contains(where: { $0.keyIDHex == keyID }) {
            return "FEIL: nøkkel \(keyID) i \(text.description) er ingen nøkkel vi stoler på (se `beredskap key show`; gi andre med --key)."
        }
        let size = text.code.seq + 1
        guard size <= lines.count else {
            return "FEIL: \(text.description) gjelder nr. \(text.code.seq), men journalen slutter ved nr. \(lines.count - 1): linjer er fjernet."
        }
        guard text.code.matches(lines.tree(size: size).root) else {
            return "FEIL: \(text.description) stemmer IKKE: journalen er endret (til og med nr. \(text.code.seq)) etter at papiret ble skrevet ut."
        }
        say("«\(text.description)» fra papiret stemmer: nr. 0–\(text.code.seq) er uendret.")
        return nil
    }
}
