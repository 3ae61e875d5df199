import ArgumentParser
import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// `beredskap prove`: lines, their inclusion proofs and the signed checkpoint in one file for a third party.
struct ProveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prove",
        abstract: "Skriv bevis for en hendelses linjer (eller nr. A-B) til en fil: linjene, inklusjonsbevis og signert kontrollpunkt.",
        discussion: "Filen kontrolleres uten journalen med `beredskap verify-proof FIL --key NØKKEL` (nøkkelen: `beredskap key export`).")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Hendelsen hvis linjer skal bevises.", valueName: "HENDELSE")) var incident: String?
    @Option(help: ArgumentHelp("Linjene A til og med B, f.eks. 12-40.", valueName: "A-B")) var seq: String?
    @Option(help: ArgumentHelp("Filen beviset skrives til.", valueName: "FIL")) var out: String

    func validate() throws {
        guard (incident == nil) != (seq == nil) else { throw ValidationError("Oppgi enten --incident HENDELSE eller --seq A-B.") }
    }

    func run() throws {
        let store = try global.readStore()
        if let damage = store.damage {
            throw CommandFailure(message: JournalError.readOnly(damage).norwegian + " Kjør `beredskap verify`.")
        }
        let seqs = try chosen(in: store)
        let signing = try InstallationKey.signing(for: global)
        try store.signCheckpoint(with: signing, now: Date())
        let lines = try JournalLines.read(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
        let entries = try CheckpointLog.read(journal: global.path).entries
        let findings = CheckpointVerification.check(entries, header: store.header, lines: lines, trusted: [signing.signer.verifier])
        let holding = zip(entries, findings).compactMap { entry, finding in
            finding.result == .holds ? finding.checkpoint.map { (entry: entry, checkpoint: $0) } : nil
        }
        guard let (entry, checkpoint) = holding.last(where: { $0.checkpoint.size > seqs.last! }) else {
            throw CommandFailure(message: "Fant ikke et signert kontrollpunkt som stemmer og dekker nr. \(seqs.last!); kjør `beredskap verify`.")
        }
        let proof = ProofFile(seqs: seqs, lines: lines, tree: lines.tree(size: checkpoint.size), entry: entry, checkpoint: checkpoint)
        try proof.encoded().write(to: URL(fileURLWithPath: out))
        print("Skrev bevis for \(Count.phrase(seqs.count, "linje", "linjer")) under \(CheckpointText(checkpoint, keyID: signing.signer.verifier.keyIDHex).description) til \(out).")
    }

    /// The seqs asked for, all in the journal.
    private func chosen(in store: IncidentStore) throws -> [Int] {
        if let incident {
            let seqs = store.timeline.filter { $0.record.incident == incident }.map(\.seq)
            guard !seqs.isEmpty else { throw CommandFailure(message: "Fant ingen linjer for hendelsen «\(InertText.make(incident))».") }
            return seqs
        }
        let parts = (seq ?? "").split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let last = store.timeline.last?.seq ?? 0
        guard parts.count == 2, let a = parts[0], let b = parts[1], a >= 1, a <= b, b <= last else {
            throw CommandFailure(message: "«\(InertText.make(seq ?? ""))» er ikke et område A-B med 1 ≤ A ≤ B ≤ \(last).")
        }
        return Array(a...b)
    }
}
