import ArgumentParser
import BeredskapCore

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Innledende vurdering (faktaark 2a): berørte systemer, kategori, alvorlighetsgrad, konsekvens.",
        discussion: """
            Foreslår et beredskapsnivå; nivået settes med `beredskap level`.
            Eksempel: beredskap triage H-2026-001 --system epj --category teknisk-svikt --severity høy \
            --consequence "Papirrutiner på sengepostene"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(name: .customLong("system"), help: "Berørt system (kan gjentas).") var systems: [String]
    @Option(help: "Hendelseskategori, f.eks. teknisk-svikt, skadevare, strombrudd.") var category: String
    @Option(help: "Alvorlighetsgrad: lav, moderat, høy, kritisk.") var severity: Severity
    @Option(help: "Konsekvens for pasienter og drift.") var consequence: String
    @Option(name: .customLong("affects"), help: "Berørt egenskap: konfidensialitet, integritet, tilgjengelighet (kan gjentas).")
    var affected: [SecurityProperty] = [.availability]
    @Option(name: .customLong("expected-minutes"), help: "Forventet varighet i minutter.") var expected: Int?
    @Option(name: .customLong("max-outage-minutes"), help: "Maksimal avbruddstid i minutter (standard: fra systemregisteret).") var maxOutage: Int?

    func run() throws {
        let input = TriageInput(systems: systems.map(SystemID.init(rawValue:)), category: CategoryID(category), severity: severity,
                                consequence: consequence, affected: affected, expectedDuration: expected.map(Minutes.init),
                                maxOutage: maxOutage.map(Minutes.init))
        let entries = try global.execute(.triage(IncidentID(incident), input))
        if case .incidentTriaged(let triage)? = entries.first?.event?.body {
            if !triage.dependents.isEmpty {
                print("Også berørt via avhengigheter: " + triage.dependents.map(\.rawValue).joined(separator: ", "))
            }
            if let maxOutage = triage.maxOutage { print("Maksimal avbruddstid: \(maxOutage)") }
            print("Foreslått beredskapsnivå: \(triage.suggestedLevel.word). En person beslutter: `beredskap level`.")
        }
    }
}
