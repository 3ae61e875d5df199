import ArgumentParser
import BeredskapCore
import Foundation

struct AvvikApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve", abstract: "Før opp hvem som godkjente (vedtok) et tiltak, og når (Normen 5.8.1).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @Argument(help: "Tiltakets id, f.eks. T1.") var measure: String
    @OptionGroup var approval: ApprovalOptions

    func run() throws {
        guard let given = try approval.approval(now: Date()) else { throw ValidationError("Oppgi --approved-by: hvem godkjente tiltaket?") }
        try global.execute(.approveDeviationMeasure(DeviationID(deviation), MeasureID(measure), given))
    }
}
