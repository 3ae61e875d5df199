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
    @Flag(help: "Skriv som JSON (for skript); utgangskoden er den samme.") var json = false

    func run() throws {
        let parsed = try seal.map { text in
            guard let parsed = Seal(parsing: text) else {
                throw CommandFailure(message: "«\(InertText.make(text))» er ikke et segl; det skrives NR-XXXX-XXXX-XXXX "
                    + "med sifre og bokstavene A-Z unntatt U.")
            }
            return parsed
        }
        let report = try JournalVerifier.verify(path: global.path, lockWaiting: GlobalOptions.lockWaiting, seal: parsed)
        var lines = ["Journal: \(global.path)", "Registreringer kontrollert: \(report.count)",
                     "Hode: nr. \(report.headSeq) \(report.head.hex)", "Segl: \(report.seal)"]
        for step in report.clockSteps {
            let before = step.seq == 1 ? "journalen ble opprettet" : "nr. \(step.seq - 1)"
            lines.append("ADVARSEL: nr. \(step.seq) er registrert \(Timestamp.format(step.registered)), før \(before) "
                + "(\(Timestamp.format(step.previous))): klokka gikk bakover. Rekkefølgen er nummerrekkefølgen.")
        }
        var failures: [String] = []
        if let problem = report.problem {
            failures.append("FEIL: første problem ved \(problem.seq.map { "nr. \($0)" } ?? "linje \(problem.line)"): \(problem.reason)")
        } else {
            lines.append("OK: kjeden er hel.")
        }
        if let parsed, let check = report.sealCheck {
            switch check {
            case .matches(let after) where report.problem == nil:
                lines.append("Seglet \(parsed) finnes i journalen; "
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
        if !json { lines.forEach { print($0) } }
        var checkpointLines: [String] = []
        failures += try checkpoints { json ? checkpointLines.append($0) : print($0) }
        if json {
            try JSONOutput.print(VerifyJSON(path: global.path, report: report, findings: lines.dropFirst(4) + checkpointLines + failures,
                                            ok: failures.isEmpty))
            if !failures.isEmpty { throw ExitCode(1) }
            return
        }
        if !failures.isEmpty { throw CommandFailure(message: failures.joined(separator: "\n")) }
    }

    /// Checks the stored checkpoints, and the one from paper when given; tells what holds through `say` and
    /// returns the failures.
    private func checkpoints(say: @escaping (String) -> Void) throws -> [String] {
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
                                     trusted: trusted, say: say)
        var failures = try check.stored()
        if let paper, let failure = check.paper(paper) { failures.append(failure) }
        return failures
    }
}

/// `verify --json`: the figures, whether everything held, and the Norwegian findings as the text output has them.
private struct VerifyJSON: Encodable {
    let journal: String
    let ok: Bool
    let count: Int
    let headSeq: Int
    let head: String
    let seal: String
    let problem: Problem?
    let findings: [String]

    struct Problem: Encodable {
        let seq: Int?
        let line: Int
        let reason: String
    }

    init(path: String, report: VerifyReport, findings: some Sequence<String>, ok: Bool) {
        journal = path
        self.ok = ok
        count = report.count
        headSeq = report.headSeq
        head = report.head.hex
        seal = "\(report.seal)"
        problem = report.problem.map { Problem(seq: $0.seq, line: $0.line, reason: $0.reason) }
        self.findings = Array(findings)
    }
}
