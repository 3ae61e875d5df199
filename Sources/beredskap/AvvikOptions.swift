import ArgumentParser
import BeredskapCore
import Foundation

/// A risk assessment on the command line (`avvik register`, `avvik risk`): all three options or none.
struct RiskOptions: ParsableArguments {
    @Option(name: .customLong("risk"), help: "Risikovurdering: hva risikoen er, i en setning.") var text: String?
    @Option(name: .customLong("risk-likelihood"), help: "Sannsynlighet for at det skjer igjen eller blir verre: lav, middels eller høy.")
    var likelihood: RiskGrade?
    @Option(name: .customLong("risk-consequence"), help: "Konsekvens om det skjer: lav, middels eller høy.") var consequence: RiskGrade?

    /// nil when no option is given.
    func risk() throws -> DeviationRisk? {
        switch (text, likelihood, consequence) {
        case (nil, nil, nil): return nil
        case (let text?, let likelihood?, let consequence?): return DeviationRisk(likelihood: likelihood, consequence: consequence, text: text)
        default: throw ValidationError("En risikovurdering trenger alle tre: --risk TEKST --risk-likelihood lav|middels|høy --risk-consequence lav|middels|høy.")
        }
    }
}

/// Who approved a measure, and on which day (`avvik measure`, `avvik approve`).
struct ApprovalOptions: ParsableArguments {
    @Option(name: .customLong("approved-by"), help: "Hvem som godkjente (vedtok) tiltaket, som rolle.") var by: String?
    @Option(name: .customLong("approved-on"), help: "Dagen tiltaket ble godkjent, ÅÅÅÅ-MM-DD (standard: i dag).") var on: String?

    /// nil when nobody is named.
    func approval(now: Date) throws -> Approval? {
        guard let by else {
            if on != nil { throw ValidationError("--approved-on trenger --approved-by: hvem godkjente tiltaket?") }
            return nil
        }
        guard let on else { return Approval(by: by, on: now) }
        guard let day = TimeArgument.day(on, hour: 12) else { throw ValidationError("Godkjenningsdagen skrives ÅÅÅÅ-MM-DD, fikk «\(on)».") }
        return Approval(by: by, on: day)
    }
}
