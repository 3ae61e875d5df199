import ArgumentParser
import BeredskapCore

struct AvvikRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Registrer et avvik; skriver avvikets id på siste linje.",
        discussion: "Med --system og --category sammenlignes avviket med andre avvik de siste 12 månedene: samme system og "
            + "årsak gir en advarsel om ny risikovurdering (Normen 5.8.1).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Hendelsen avviket kommer fra.") var incident: String?
    @Option(help: "Hva skjedde, og hvor (enhet, system).") var what: String
    @Option(help: "Strakstiltak som ble gjort.") var immediate: String
    @Option(help: "Mulig konsekvens.") var consequence: String
    @Option(name: .customLong("detected-how"), help: "Hvordan avviket ble oppdaget.") var detectedHow: String
    @Option(name: .customLong("affects"), help: "konfidensialitet, integritet, tilgjengelighet, robusthet (kan gjentas).")
    var affected: [DeviationProperty] = []
    @Option(help: "Årsak på nivå: person, system eller ukjent.") var cause: CauseLevel = .unknown
    @Option(help: "Systemet avviket gjelder (id i systemregisteret).") var system: String?
    @Option(help: "Årsaken som hendelseskategori (id i kategorier.yaml), f.eks. strombrudd.") var category: String?
    @OptionGroup var risk: RiskOptions
    @Option(help: "Avviksmelder (stilling).") var reporter: String
    @Option(help: "Avviksbehandler (stilling).") var handler: String
    @Option(help: "Avvikseier (stilling).") var owner: String

    func run() throws {
        let report = DeviationReport(what: what, immediateMeasures: immediate, possibleConsequence: consequence,
                                     howDetected: detectedHow, affected: affected, cause: cause,
                                     roles: DeviationRoles(reporter: reporter, handler: handler, owner: owner),
                                     system: system.map(SystemID.init(rawValue:)), category: category.map(CategoryID.init(rawValue:)),
                                     risk: try risk.risk())
        let (store, entries) = try global.executing(.registerDeviation(report, incident: incident.map(IncidentID.init(rawValue:))))
        guard case .deviationRegistered(let registered)? = entries.first?.event?.body else { return }
        RepeatNotice.warn(about: registered.deviation, in: store.state)
        print(registered.deviation)
    }
}
