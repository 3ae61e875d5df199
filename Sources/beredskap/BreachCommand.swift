import ArgumentParser
import BeredskapCore
import Foundation

extension BreachReportStage: ExpressibleByArgument {}

/// `beredskap breach ...`: a personal-data breach (Normen 5.8) from flag to the last staged notification.
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Brudd på personopplysningssikkerheten (Normen 5.8): 72-timersfristen, utkast og trinnvis melding.",
        discussion: "Fristen løper fra når virksomheten fikk kjennskap til bruddet. Beslutning om ikke å melde: `beredskap decline`.",
        subcommands: [BreachFlag.self, BreachDetailsCommand.self, BreachDraftCommand.self, BreachReport.self])
}

struct BreachFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag", abstract: "Marker hendelsen som personvernbrudd; starter 72-timersfristen til Datatilsynet.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(name: .customLong("aware-at"), help: "Når virksomheten fikk kjennskap til bruddet (standard: nå).") var awareAt: TimeArgument?
    @Option(help: "Kort beskrivelse av bruddet, uten pasientidentitet.") var note: String

    func run() throws {
        let now = Date()
        try global.execute(.flagPrivacyBreach(IncidentID(incident), awareAt: awareAt?.past(now: now) ?? now, note: note))
    }
}

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

struct BreachDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "Utkast til melding til Datatilsynet (5.8.1), eller til de registrerte (5.8.2).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Flag(name: .customLong("data-subjects"), help: "Utkast til underretning til de registrerte i stedet.") var dataSubjects = false

    func run() throws {
        let now = Date()
        let store = try global.openStore(now: now)
        let id = IncidentID(incident)
        guard let current = store.state[id] else { throw Refusal.unknownIncident(id) }
        guard current.privacyBreachAwareAt != nil else { throw Refusal.noPrivacyBreach(id) }
        if dataSubjects {
            print(BreachDraft.text(title: "Underretning til de registrerte (\(id))", BreachDraft.dataSubjects(current)))
        } else {
            print(BreachDraft.text(title: "Melding til Datatilsynet (\(id))", BreachDraft.datatilsynet(current, now: now)))
            if let deadline = Clocks.privacyBreachDeadline(current) {
                print("\nFrist: \(Timestamps.local(deadline)). Meldingen kan gis trinnvis: `beredskap breach report \(id) --stage foreløpig`.")
            }
        }
    }
}

struct BreachReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Registrer at melding er sendt Datatilsynet: foreløpig, supplerende eller endelig.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(help: "foreløpig, supplerende eller endelig.") var stage: BreachReportStage
    @Option(name: .customLong("delay-reason"), help: "Årsak til forsinkelsen, når meldingen sendes etter 72 timer.") var delayReason: String?

    func run() throws {
        try global.execute(.reportBreach(IncidentID(incident), stage: stage, delayReason: delayReason))
    }
}
