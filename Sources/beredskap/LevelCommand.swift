import ArgumentParser
import BeredskapCore

struct LevelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "level",
        abstract: "Beslutt virksomhetens beredskapsnivå (grønn, gul, rød), med begrunnelse og hendelsene bak.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var relay: RelayOption
    @Argument(help: "grønn, gul eller rød.") var level: ReadinessLevel
    @Option(help: "Begrunnelse for beslutningen.") var reason: String
    @Option(name: .customLong("incident"), help: "Hendelse beslutningen bygger på (kan gjentas).") var incidents: [String] = []

    func run() throws {
        try global.execute(.setLevel(level, reason: reason, incidents: incidents.map(IncidentID.init(rawValue:))), onBehalfOf: relay.onBehalfOf)
    }
}
