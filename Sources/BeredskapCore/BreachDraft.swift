import Foundation

/// The drafts a personal-data breach needs, built from what the journal knows: every item Normen lists, filled
/// where known and marked where missing, so nothing is forgotten when the notification is sent at 03:00.
public enum BreachDraft {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: String?
    }

    /// The notification to Datatilsynet (Normen 5.8.1; internal-control guide 2.4.2).
    public static func datatilsynet(_ incident: Incident, now: Date, timeZone: TimeZone) -> [Item] {
        let details = incident.breachDetails
        return [
            Item(label: "Beskrivelse av bruddet", value: incident.privacyBreachNote),
            Item(label: "Når virksomheten fikk kjennskap til bruddet", value: incident.privacyBreachAwareAt.map { Timestamps.local($0, timeZone: timeZone) }),
            Item(label: "Tidsrommet bruddet gjelder", value: details.period),
            Item(label: "Hovedårsak og hvordan det oppstod", value: details.cause),
            Item(label: "Kategorier av registrerte og relasjonen til dem", value: details.subjectCategories),
            Item(label: "Omtrentlig antall registrerte som er berørt", value: details.approximateSubjects.map(String.init)),
            Item(label: "Typer personopplysninger som er berørt", value: details.dataTypes),
            Item(label: "Hvor personopplysningene befinner seg", value: details.location),
            Item(label: "Personvernombud eller annen kontakt for mer informasjon", value: details.contactPoint),
            Item(label: "Sannsynlige konsekvenser", value: details.likelyConsequences),
            Item(label: "Tiltak iverksatt eller foreslått for å håndtere og redusere skadevirkningene", value: details.measures),
        ] + delayItem(incident, now: now)
    }

    /// The notice to the data subjects (Normen 5.8.2), in plain language.
    public static func dataSubjects(_ incident: Incident) -> [Item] {
        let details = incident.breachDetails
        return [
            Item(label: "Hva som har skjedd (på alminnelig språk)", value: incident.privacyBreachNote),
            Item(label: "Personvernombud eller annen kontakt", value: details.contactPoint),
            Item(label: "Konsekvensene av avviket", value: details.likelyConsequences),
            Item(label: "Tiltak gjennomført eller planlagt for å redusere skadevirkningene", value: details.measures),
        ]
    }

    /// The labels of the items that are still unknown.
    public static func missing(_ items: [Item]) -> [String] { items.filter { $0.value == nil }.map(\.label) }

    /// Plain text: one item a paragraph, unknown ones marked MANGLER.
    public static func text(title: String, _ items: [Item]) -> String {
        ([title, String(repeating: "=", count: title.count)] + items.map {
            "\($0.label):\n  " + ($0.value.map(InertText.make) ?? "MANGLER")
        }).joined(separator: "\n")
    }

    /// The item that is required only past the 72 hours.
    public static let delayLabel = "Årsak til forsinkelsen (meldt senere enn 72 timer)"

    /// Past 72 h, the reason for the delay is a required item too.
    private static func delayItem(_ incident: Incident, now: Date) -> [Item] {
        guard let aware = incident.privacyBreachAwareAt, now.timeIntervalSince(aware) > Clocks.privacyBreachWindow else { return [] }
        return [Item(label: delayLabel, value: incident.breachReports.compactMap(\.delayReason).last)]
    }
}
