import ArgumentParser
import BeredskapCore

struct AvvikRegisterCommand: ParsableCommand {
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
