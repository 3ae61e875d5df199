import BeredskapCore
import Foundation

/// Personvern (Normen 5.8.1, GDPR art. 33): flag a breach (the 72 h clock starts when you became aware),
/// record what is known, and record each notification sent to Datatilsynet.
extension ConsoleModel {
    func flagBreachDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let (now, calendar) = (now, calendar)
        return Dialog("Personvernbrudd i \(incident.id)", [
            .text("Når ble dere kjent med bruddet? (tt:mm; tomt = nå) ", optional: true),
            .text("Kort beskrivelse (ingen pasientopplysninger): "),
        ], preview: { _ in ["Fristen for melding til Datatilsynet er 72 timer fra dere ble kjent med bruddet."] }) { answers throws(DialogProblem) in
            let aware = try AnswerParsing.past(answers.text(0), question: 0, now: now, calendar: calendar) ?? now
            return .execute(.flagPrivacyBreach(incident.id, awareAt: aware, note: answers.text(1)), occurred: nil)
        }
    }

    /// Every item of the notification (Normen 5.8.1); empty answers keep what is already recorded.
    func breachDetailsDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard incident.privacyBreachAwareAt != nil else { throw NotNow("Meld bruddet først (+).") }
        let known = incident.breachDetails
        let items: [(String, String?)] = [
            ("Kategorier registrerte (pasienter, ansatte …)", known.subjectCategories),
            ("Omtrentlig antall berørte", known.approximateSubjects.map(String.init)),
            ("Typer personopplysninger", known.dataTypes),
            ("Kontaktpunkt (personvernombud, nummer)", known.contactPoint),
            ("Sannsynlige konsekvenser", known.likelyConsequences),
            ("Tiltak iverksatt eller foreslått", known.measures),
            ("Årsak, og hvordan det skjedde", known.cause),
            ("Tidsrom", known.period),
            ("Hvor opplysningene befinner seg", known.location),
        ]
        return Dialog("Opplysninger om bruddet (tomt beholder det som er registrert)",
                      items.map { .text("\($0.0): ", optional: true, initial: $0.1 ?? "") }) { answers throws(DialogProblem) in
            var subjects: Int?
            if let text = answers.optional(1) { subjects = try AnswerParsing.count(text, question: 1, minimum: 0) }
            let details = BreachDetails(subjectCategories: answers.optional(0), approximateSubjects: subjects, dataTypes: answers.optional(2),
                                        contactPoint: answers.optional(3), likelyConsequences: answers.optional(4),
                                        measures: answers.optional(5), cause: answers.optional(6), period: answers.optional(7),
                                        location: answers.optional(8))
            return .execute(.recordBreachDetails(incident.id, details), occurred: nil)
        }
    }

    func reportBreachDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard let aware = incident.privacyBreachAwareAt else { throw NotNow("Meld bruddet først (+).") }
        let late = aware.addingTimeInterval(Clocks.privacyBreachWindow) < now
        return Dialog("Melding til Datatilsynet sendt", [
            .choice("Hvilken melding?", BreachReportStage.allCases.map { Choice($0.rawValue, $0.rawValue) },
                    initial: incident.breachReports.isEmpty ? BreachReportStage.initial.rawValue : BreachReportStage.supplement.rawValue),
            .text(late ? "Grunn til at meldingen kommer etter 72 t: " : "Grunn til forsinkelse (tomt, innen fristen): ", optional: !late),
        ]) { answers in
            .execute(.reportBreach(incident.id, stage: BreachReportStage(rawValue: answers.text(0)) ?? .initial, delayReason: answers.optional(1)),
                     occurred: nil)
        }
    }
}
