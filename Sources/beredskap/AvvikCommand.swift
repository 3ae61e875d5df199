import ArgumentParser
import BeredskapCore
import Foundation

extension CauseLevel: ExpressibleByArgument {}
extension DeviationProperty: ExpressibleByArgument {}
extension MeasureStatus: ExpressibleByArgument {}

/// `beredskap avvik ...`: deviations (Normen 5.8.1) with the internal-control guide's fields, measures and closing.
struct AvvikCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "avvik",
        abstract: "Avvik (Normen 5.8.1): registrer, følg opp med tiltak, lukk med avsluttende vurdering.",
        discussion: "Ingen navn på pasienter eller fødselsnummer i teksten; roller skrives som stillinger, ikke navn.",
        subcommands: [AvvikRegister.self, AvvikMeasure.self, AvvikUpdate.self, AvvikClose.self, AvvikList.self])
}

struct AvvikRegister: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "register", abstract: "Registrer et avvik; skriver avvikets id på siste linje.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Hendelsen avviket kommer fra.") var incident: String?
    @Option(help: "Hva skjedde, og hvor (enhet, system).") var what: String
    @Option(help: "Strakstiltak som ble gjort.") var immediate: String
    @Option(help: "Mulig konsekvens.") var consequence: String
    @Option(name: .customLong("detected-how"), help: "Hvordan avviket ble oppdaget.") var detectedHow: String
    @Option(name: .customLong("affects"), help: "konfidensialitet, integritet, tilgjengelighet, robusthet (kan gjentas).")
    var affected: [DeviationProperty] = []
    @Option(help: "Årsak på nivå: person, system eller ukjent.") var cause: CauseLevel = .unknown
    @Option(help: "Avviksmelder (stilling).") var reporter: String
    @Option(help: "Avviksbehandler (stilling).") var handler: String
    @Option(help: "Avvikseier (stilling).") var owner: String

    func run() throws {
        let report = DeviationReport(what: what, immediateMeasures: immediate, possibleConsequence: consequence,
                                     howDetected: detectedHow, affected: affected, cause: cause,
                                     roles: DeviationRoles(reporter: reporter, handler: handler, owner: owner))
        let entries = try global.execute(.registerDeviation(report, incident: incident.map(IncidentID.init(rawValue:))))
        if case .deviationRegistered(let registered)? = entries.first?.event?.body { print(registered.deviation) }
    }
}

struct AvvikMeasure: ParsableCommand {
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

struct AvvikUpdate: ParsableCommand {
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

struct AvvikClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Lukk avviket med avsluttende vurdering; alle tiltak må være fullført eller forkastet.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @Option(help: "Avsluttende vurdering.") var assessment: String

    func run() throws {
        try global.execute(.closeDeviation(DeviationID(deviation), assessment: assessment))
    }
}

struct AvvikList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Avvik med tiltak, forfalte først markert.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let now = Date()
        let store = try global.openStore(now: now)
        if store.state.deviations.isEmpty { print("Ingen avvik registrert.") }
        for deviation in store.state.deviations {
            let status = deviation.isOpen ? "åpent" : "lukket"
            print("\(deviation.id)  [\(status)]  \(InertText.make(deviation.report.what))"
                + (deviation.incident.map { "  (fra \($0))" } ?? ""))
            for measure in deviation.measures {
                let flag = measure.isOverdue(at: now) ? "FORFALT " : ""
                print("  \(measure.id) \(flag)\(measure.status.rawValue), frist \(Timestamps.local(measure.due)): "
                    + "\(InertText.make(measure.text)) (\(InertText.make(measure.owner)))")
            }
        }
    }
}
