import ArgumentParser
import BeredskapCore

struct AvvikUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Oppdater et tiltak: iverksatt, fullført, eller forkastet med begrunnelse.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @Argument(help: "Tiltakets id, f.eks. T1.") var measure: String
    @Option(help: "planlagt, iverksatt, fullført eller forkastet.") var status: MeasureStatus
    @Option(help: "Merknad; påkrevd når tiltaket forkastes.") var note: String?

    func run() throws {
        try global.execute(.updateDeviationMeasure(DeviationID(deviation), MeasureID(measure), status: status, note: note))
    }
}
