import ArgumentParser
import BeredskapCore
import Foundation

struct AvvikMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Vedta et tiltak med tiltaksansvarlig og frist, kostnad, vurderte alternativer og godkjenning.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id, f.eks. A-2026-001.") var deviation: String
    @Option(help: "Tiltaket.") var text: String
    @Option(help: "Tiltaksansvarlig (stilling).") var owner: String
    @Option(help: "Frist, ÅÅÅÅ-MM-DD.") var due: String
    @Option(help: "Anslått kostnad, f.eks. «ca. 40 000 kr» eller «2 dagsverk».") var cost: String?
    @Option(help: "Alternative tiltak som ble vurdert, og hvorfor dette ble valgt.") var alternatives: String?
    @OptionGroup var approval: ApprovalOptions

    func run() throws {
        guard let date = TimeArgument.day(due, hour: 12) else {
            throw ValidationError("Fristen skrives ÅÅÅÅ-MM-DD, fikk «\(due)».")
        }
        try global.execute(.addDeviationMeasure(DeviationID(deviation), MeasurePlan(
            text: text, owner: owner, due: date, cost: cost, alternatives: alternatives, approval: try approval.approval(now: Date()))))
    }
}
