import ArgumentParser
import BeredskapCore

struct BreachDetailsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "details", abstract: "Registrer det som er kjent om bruddet; bare oppgitte punkter endres.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(help: "Kategorier av registrerte og relasjonen til dem.") var subjects: String?
    @Option(help: "Omtrentlig antall registrerte.") var count: Int?
    @Option(name: .customLong("data-types"), help: "Typer personopplysninger.") var dataTypes: String?
    @Option(help: "Personvernombud eller annen kontakt.") var contact: String?
    @Option(help: "Sannsynlige konsekvenser.") var consequences: String?
    @Option(help: "Tiltak iverksatt eller foreslått.") var measures: String?
    @Option(help: "Hovedårsak og hvordan det oppstod.") var cause: String?
    @Option(help: "Tidsrommet bruddet gjelder.") var period: String?
    @Option(help: "Hvor personopplysningene befinner seg.") var location: String?

    func run() throws {
        let details = BreachDetails(subjectCategories: subjects, approximateSubjects: count, dataTypes: dataTypes,
                                    contactPoint: contact, likelyConsequences: consequences, measures: measures,
                                    cause: cause, period: period, location: location)
        try global.execute(.recordBreachDetails(IncidentID(incident), details))
    }
}
