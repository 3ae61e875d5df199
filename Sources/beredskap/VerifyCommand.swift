import ArgumentParser
import BeredskapConsole
import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kontroller hver linje og hele kjeden i journalen; med --seal også at et segl fra papir finnes i den.",
        discussion: "Skriver bare lesing; utgangskode 1 ved ethvert problem.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Et segl skrevet av fra papir, f.eks. 42-7K3M-Q9TX-2HVD.") var seal: String?

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
        if !failures.isEmpty { throw CommandFailure(message: failures.joined(separator: "\n")) }
    }
}
