import ArgumentParser
import BeredskapConsole
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
        let report = try JournalVerifier.verify(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
        print("Journal: \(global.path)")
        print("Registreringer kontrollert: \(report.count)")
        print("Hode: nr. \(report.headSeq) \(report.head.hex)")
        print("Segl: \(report.seal)")
        for step in report.clockSteps {
            let before = step.seq == 1 ? "journalen ble opprettet" : "nr. \(step.seq - 1)"
            print("ADVARSEL: nr. \(step.seq) er registrert \(Timestamp.format(step.registered)), før \(before) "
                + "(\(Timestamp.format(step.previous))): klokka gikk bakover. Rekkefølgen er nummerrekkefølgen.")
        }
        if let problem = report.problem {
            throw CommandFailure(message: "FEIL: første problem ved \(problem.seq.map { "nr. \($0)" } ?? "linje \(problem.line)"): \(problem.reason)")
        }
        print("OK: kjeden er hel.")
        guard let seal else { return }
        guard let parsed = Seal(parsing: seal) else {
            throw ValidationError("«\(seal)» er ikke et segl; det skrives NR-XXXX-XXXX-XXXX.")
        }
        switch try JournalReader.read(path: global.path, lockWaiting: GlobalOptions.lockWaiting).check(parsed) {
        case .matches(let after):
            print("Seglet \(parsed) finnes i journalen; \(after) registreringer er kommet etter det.")
        case .differs(let found):
            throw CommandFailure(message: "Seglet \(parsed) finnes IKKE i journalen: nr. \(parsed.seq) har segl \(found). "
                + "Dette er en annen journal, eller den er endret etter at seglet ble skrevet.")
        case .beyondHead(let headSeq):
            throw CommandFailure(message: "Seglet \(parsed) finnes IKKE i journalen: den slutter ved nr. \(headSeq). "
                + "Registreringer kan mangle.")
        }
    }
}
