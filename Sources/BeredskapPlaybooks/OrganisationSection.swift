import BeredskapCore
import Foundation

/// `organisasjon.yaml`: who the playbooks belong to and the intervals that make entries stale.
struct OrganisationSettings {
    var name: String?
    var classification: String?
    var version: String?
    var fictional = false
    /// Factsheet 2c/2d: contact information must be updated regularly.
    var contactMaxAgeDays = 180
    /// Normen 5.9: procedures are tested at least yearly.
    var exerciseIntervalDays = 365
    /// The organisation's wall clock for every time written into a message or printed.
    var timeZone: TimeZone = .oslo
    var documentControl: DocumentControl?
    /// The rules and feedback questions of the facilitator's printed kit.
    var exerciseKit = ExerciseKitText()
}

enum OrganisationSection {
    /// Defaults stand in for what is missing or invalid, so later checks (stale contacts) still run.
    /// `planHash`: the plan's content hash now, for the approval check.
    static func read(_ file: YAMLFile, context: LoadContext, planHash: String) -> OrganisationSettings {
        var settings = OrganisationSettings()
        guard let top = file.topLevel(required: ["name", "classification", "version"],
                                      optional: ["fictional", "contact_max_age_days", "exercise_interval_days", "time_zone", "exercise_kit"]
                                        + DocumentControlSection.keys,
                                      context: context) else { return settings }
        settings.name = top.string("name")
        settings.classification = top.string("classification")
        settings.version = top.string("version")
        settings.fictional = top.bool("fictional") ?? false
        settings.contactMaxAgeDays = top.positiveInteger("contact_max_age_days") ?? settings.contactMaxAgeDays
        settings.exerciseIntervalDays = top.positiveInteger("exercise_interval_days") ?? settings.exerciseIntervalDays
        if let zone = top.text("time_zone") {
            if let timeZone = TimeZone(identifier: zone.value) {
                settings.timeZone = timeZone
            } else {
                context.lint.error("«\(zone.value)» er ikke en kjent tidssone", at: zone.location,
                                   hint: "skriv et navn fra tz-databasen, f.eks. «Europe/Oslo»")
            }
        }
        if let kit = top.mapping("exercise_kit", required: ["rules", "feedback_statements", "feedback_questions"]) {
            settings.exerciseKit = ExerciseKitText(rules: kit.texts("rules").map(\.value),
                                                   statements: kit.texts("feedback_statements").map(\.value),
                                                   questions: kit.texts("feedback_questions").map(\.value))
        }
        settings.documentControl = DocumentControlSection.read(top, version: settings.version, planHash: planHash)
        return settings
    }
}
