import BeredskapJournal
import BeredskapStore

/// The checkpoint as printed on paper and read back from it: `Kontrollpunkt 41-XXXX-XXXX-XXXX · nøkkel
/// 1a2b3c4d`, with `· ØVELSE` for an exercise journal. The code is the last seq covered and 60 bits of the root.
struct CheckpointText: Equatable {
    let code: Seal
    let keyID: String?
    let isExercise: Bool

    init(_ checkpoint: Checkpoint, keyID: String) {
        code = checkpoint.code
        self.keyID = keyID
        isExercise = checkpoint.origin.kind == .exercise
    }

    /// Reads the text as a person may have copied it: the code as a seal is read, the key ID after «nøkkel»,
    /// «øvelse» anywhere (case ignored). Nil when no code can be found.
    init?(parsing text: String) {
        let lowered = text.lowercased()
        var words = lowered.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "," }).map(String.init)
        isExercise = words.contains { $0 == "øvelse" || $0 == "ovelse" }
        if let at = words.firstIndex(of: "nøkkel") ?? words.firstIndex(of: "nokkel"), at + 1 < words.count {
            keyID = words[at + 1]
            words.removeSubrange(at...(at + 1))
        } else {
            keyID = nil
        }
        let rest = words.filter { !["kontrollpunkt", "øvelse", "ovelse"].contains($0) }.joined(separator: " ")
        guard let code = Seal(parsing: rest) else { return nil }
        self.code = code
    }

    var description: String {
        "Kontrollpunkt \(code)" + (keyID.map { " · nøkkel \($0)" } ?? "") + (isExercise ? " · ØVELSE" : "")
    }

    /// The latest checkpoint of the journal at `path` signed by `verifier`, as printed text; nil when there is none.
    static func latest(journal path: String, verifier: NoteVerifier) -> CheckpointText? {
        let entries = (try? CheckpointLog.read(journal: path))?.entries ?? []
        for entry in entries.reversed() where entry.note.check(verifier) == .valid {
            if let checkpoint = Checkpoint(text: entry.note.text) { return CheckpointText(checkpoint, keyID: verifier.keyIDHex) }
        }
        return nil
    }
}
