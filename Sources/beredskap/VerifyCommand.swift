import ArgumentParser
import BeredskapConsole
import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kontroller hver linje og hele kjeden i journalen, og journalen mot hvert signerte kontrollpunkt; "
            + "med --seal eller --checkpoint også det som står på papir.",
        discussion: "Skriver bare lesing; utgangskode 1 ved ethvert problem.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Et segl skrevet av fra papir, f.eks. 42-7K3M-Q9TX-2HVD.") var seal: String?
    @Option(help: ArgumentHelp("Et kontrollpunkt skrevet av fra papir, f.eks. «Kontrollpunkt 42-7K3M-Q9TX-2HVD · nøkkel 1a2b3c4d».",
                               valueName: "TEKST")) var checkpoint: String?
    @Option(help: ArgumentHelp("En annen offentlig nøkkel å godta kontrollpunkter fra (tekst eller fil); kan gjentas.",
                               valueName: "NØKKEL")) var key: [String] = []

    func run() throws {
        let parsed = try seal.map { text in
            guard let parsed = Seal(parsing: text) else {
                throw CommandFailure(message: "«\(InertText.make(text))» er ikke et segl; det skrives NR-XXXX-XXXX-XXXX "
                    + "med sifre og bokstavene A-Z unntatt U.")
            }
            return parsed
        }
        let report = try JournalVerifier.verify(path: global.path, lockWaiting: GlobalOptions.lockWaiting, seal: parsed)
        print("Journal: \(global.path)")
        print("Registreringer kontrollert: \(report.count)")
        print("Hode: nr. \(report.headSeq) \(report.head.hex)")
        print("Segl: \(report.seal)")
        for step in report.clockSteps {
            let before = step.seq == 1 ? "journalen ble opprettet" : "nr. \(step.seq - 1)"
            print("ADVARSEL: nr. \(step.seq) er registrert \(Timestamp.format(step.registered)), før \(before) "
                + "(\(Timestamp.format(step.previous))): klokka gikk bakover. Rekkefølgen er nummerrekkefølgen.")
        }
        var failures: [String] = []
        if let problem = report.problem {
            failures.append("FEIL: første problem ved \(problem.seq.map { "nr. \($0)" } ?? "linje \(problem.line)"): \(problem.reason)")
        } else {
            print("OK: kjeden er hel.")
        }
        if let parsed, let check = report.sealCheck {
            switch check {
            case .matches(let after) where report.problem == nil:
                print("Seglet \(parsed) finnes i journalen; "
                    + "\(Count.phrase(after, "registrering", "registreringer")) er kommet etter det.")
            case .matches:
                failures.append("Seglet \(parsed) finnes i journalen, men journalen er skadet etter nr. \(report.headSeq).")
            case .differs(let found):
                failures.append("Seglet \(parsed) finnes IKKE i journalen: nr. \(parsed.seq) har segl \(found). "
                    + "Dette er en annen journal, eller den er endret etter at seglet ble skrevet.")
            case .beyondHead(let headSeq):
                let end = report.problem == nil ? "den slutter ved nr. \(headSeq)" : "den er hel bare til nr. \(headSeq)"
                failures.append("Seglet \(parsed) finnes IKKE i journalen: \(end). Registreringer kan mangle.")
            }
        }
        failures += try checkpoints()
        if !failures.isEmpty { throw CommandFailure(message: failures.joined(separator: "\n")) }
    }

    /// Checks the stored checkpoints, and the one from paper when given; returns the failures.
    private func checkpoints() throws -> [String] {
        let paper = try checkpoint.map { text in
            guard let parsed = CheckpointText(parsing: text) else {
                throw CommandFailure(message: "«\(InertText.make(text))» er ikke et kontrollpunkt; det skrives "
                    + "«Kontrollpunkt NR-XXXX-XXXX-XXXX · nøkkel ID» slik det står på papiret.")
            }
            return parsed
        }
        guard let header = JournalReader.header(path: global.path) else { return [] }
        let trusted = [InstallationKey.verifier].compactMap { $0 } + (try key.map(InstallationKey.verifier))
        let check = CheckpointVerify(path: global.path, header: header,
                                     lines: try JournalLines.read(path: global.path, lockWaiting: GlobalOptions.lockWaiting),
                                     trusted: trusted)
        var failures = try check.stored()
        if let paper, let failure = check.paper(paper) { failures.append(failure) }
        return failures
    }
}
