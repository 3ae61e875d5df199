import BeredskapCore
import BeredskapJournal

/// Norwegian wording of what checkpoint checks find.
enum EvidenceText {
    static func result(_ result: CheckpointVerification.Result) -> String {
        switch result {
        case .holds:
            "stemmer med journalen"
        case .differs(let lines):
            "journalen er ENDRET etter signeringen: " + lineRange(lines)
        case .beyondJournal(let count):
            "gjelder flere linjer enn journalen har (\(count)): linjer er fjernet"
        case .refused(let refusal):
            "godtas ikke: " + self.refusal(refusal)
        }
    }

    static func refusal(_ refusal: CheckpointVerification.Refusal) -> String {
        switch refusal {
        case .notACheckpoint:
            "notatet er ikke et kontrollpunkt for en Beredskap-journal"
        case .untrustedSigner(let names):
            "signert av en ukjent nøkkel (\(names.map(InertText.make).joined(separator: ", "))), ikke av en nøkkel vi stoler på"
        case .badSignature(let name):
            "signaturen fra \(InertText.make(name)) holder ikke: kontrollpunktet er endret"
        case .otherJournal(let origin):
            "det gjelder en annen journal (\(InertText.make(origin)))"
        case .otherKind(let kind):
            kind == .exercise ? "det er et ØVELSES-kontrollpunkt, og godtas aldri for en reell journal"
                : "det er et kontrollpunkt for en reell journal, ikke for en øvelsesjournal"
        }
    }

    /// «første endring i nr. 7» or «første endring et sted i nr. 4–7».
    static func lineRange(_ lines: Range<Int>) -> String {
        lines.count == 1 ? "første endring i nr. \(lines.lowerBound)"
            : "første endring et sted i nr. \(lines.lowerBound)–\(lines.upperBound - 1)"
    }
}
