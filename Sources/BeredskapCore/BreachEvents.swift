import Foundation

/// What is known so far about a personal-data breach, item by item (Normen 5.8.1; internal-control guide 2.4.2).
/// Every field is optional: the notification to Datatilsynet may be given in stages as facts come in.
public struct BreachDetails: Codable, Sendable, Equatable {
    /// Kategorier av registrerte og relasjonen til dem (pasienter, ansatte, pårørende ...).
    public var subjectCategories: String?
    /// Omtrentlig antall registrerte som er berørt.
    public var approximateSubjects: Int?
    /// Hvilke typer personopplysninger bruddet omfatter.
    public var dataTypes: String?
    /// Personvernombudet eller annen kontakt der mer informasjon kan innhentes (a role and a number, not a patient).
    public var contactPoint: String?
    /// De sannsynlige konsekvensene.
    public var likelyConsequences: String?
    /// Tiltak iverksatt eller foreslått for å håndtere og redusere skadevirkningene.
    public var measures: String?
    /// Hovedårsaken, og hvordan bruddet oppstod.
    public var cause: String?
    /// Tidsrommet bruddet gjelder.
    public var period: String?
    /// Hvor personopplysningene befinner seg.
    public var location: String?

    public init(subjectCategories: String? = nil, approximateSubjects: Int? = nil, dataTypes: String? = nil,
                contactPoint: String? = nil, likelyConsequences: String? = nil, measures: String? = nil,
                cause: String? = nil, period: String? = nil, location: String? = nil) {
        self.subjectCategories = subjectCategories
        self.approximateSubjects = approximateSubjects
        self.dataTypes = dataTypes
        self.contactPoint = contactPoint
        self.likelyConsequences = likelyConsequences
        self.measures = measures
        self.cause = cause
        self.period = period
        self.location = location
    }

    /// These details with every item `newer` knows replacing the old one.
    public func merged(with newer: BreachDetails) -> BreachDetails {
        BreachDetails(subjectCategories: newer.subjectCategories ?? subjectCategories,
                      approximateSubjects: newer.approximateSubjects ?? approximateSubjects,
                      dataTypes: newer.dataTypes ?? dataTypes, contactPoint: newer.contactPoint ?? contactPoint,
                      likelyConsequences: newer.likelyConsequences ?? likelyConsequences, measures: newer.measures ?? measures,
                      cause: newer.cause ?? cause, period: newer.period ?? period, location: newer.location ?? location)
    }

    /// The free-text items, named as the refusal names them.
    var texts: [(field: String, text: String?)] {
        [("kategorier av registrerte", subjectCategories), ("typer personopplysninger", dataTypes),
         ("kontaktpunkt", contactPoint), ("sannsynlige konsekvenser", likelyConsequences), ("tiltak", measures),
         ("årsak", cause), ("tidsrom", period), ("hvor opplysningene befinner seg", location)]
    }
}

/// More is known about a flagged breach.
public struct BreachDetailsRecorded: EventPayload {
    public static let type = "breach.details"
    public var body: EventBody { .breachDetailsRecorded(self) }
    public var details: BreachDetails
    public init(details: BreachDetails) { self.details = details }
}

/// Which notification to Datatilsynet this is; it may be given in stages (Normen 5.8.1).
public enum BreachReportStage: String, Codable, Sendable, CaseIterable {
    case initial = "foreløpig"
    case supplement = "supplerende"
    case final = "endelig"
}

/// A notification to Datatilsynet was sent. The first one fulfils the 72 h duty.
public struct BreachReported: EventPayload {
    public static let type = "breach.reported"
    public var body: EventBody { .breachReported(self) }
    public var stage: BreachReportStage
    /// Required when sent more than 72 h after awareness (Normen 5.8.1).
    public var delayReason: String?
    /// The required items that were still unknown when this was sent.
    public var missing: [String]
    public init(stage: BreachReportStage, delayReason: String?, missing: [String]) {
        self.stage = stage
        self.delayReason = delayReason
        self.missing = missing
    }
}
