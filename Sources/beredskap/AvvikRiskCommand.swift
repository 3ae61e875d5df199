import ArgumentParser
import BeredskapCore

struct AvvikRiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "Vurder risikoen ved avviket (på nytt): sannsynlighet, konsekvens og hva risikoen er.",
        discussion: "Eksempel: beredskap avvik risk A-2026-001 --risk \"Nytt strømbrudd tar ned EPJ\" --risk-likelihood middels "
            + "--risk-consequence høy")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @OptionGroup var risk: RiskOptions

    func run() throws {
        guard let assessed = try risk.risk() else {
            throw ValidationError("Oppgi --risk TEKST --risk-likelihood lav|middels|høy --risk-consequence lav|middels|høy.")
        }
        try global.execute(.assessDeviationRisk(DeviationID(deviation), assessed))
    }
}
