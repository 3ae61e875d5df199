import ArgumentParser
import BeredskapCore

struct AvvikMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Vedta et tiltak med tiltaksansvarlig og frist.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id, f.eks. A-2026-001.") var deviation: String
    @Option(help: "Tiltaket.") var text: String
    @Option(help: "Tiltaksansvarlig (stilling).") var owner: String
    @Option(help: "Frist, ÅÅÅÅ-MM-DD.") var due: String

    func run() throws {
        guard let date = TimeArgument.day(due, hour: 12) else {
            throw ValidationError("Fristen skrives ÅÅÅÅ-MM-DD, fikk «\(due)».")
        }
        try global.execute(.addDeviationMeasure(DeviationID(deviation), text: text, owner: owner, due: date))
    }
}
