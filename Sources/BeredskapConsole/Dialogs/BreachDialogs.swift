import BeredskapCore
import Foundation

/// Personvern (Normen 5.8.1, GDPR art. 33): flag a breach (the 72 h clock starts when you became aware),
/// record what is known, and record each notification sent to Datatilsynet.
extension ConsoleModel {
    func flagBreachDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let (now, calendar) = (now, calendar)
        let aware = Question.optionalText("Når ble dere kjent med bruddet? (tt:mm; tomt = nå) ")
        let note = Question.text("Kort beskrivelse (ingen pasientopplysninger): ")
        return Dialog("Personvernbrudd i \(incident.id)", [aware, note],
                      preview: { _ in ["Fristen for melding til Datatilsynet er 72 timer fra dere ble kjent med bruddet."] }) { answers throws(DialogProblem) in
            let awareAt = try AnswerParsing.past(aware, in: answers, now: now, calendar: calendar) ?? now
            return .execute(.flagPrivacyBreach(incident.id, awareAt: awareAt, note: answers[note]), occurred: nil)
        }
    }

    /// Every item of the notification (Normen 5.8.1); empty answers keep what is already recorded.
    func breachDetailsDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard incident.privacyBreachAwareAt != nil else { throw NotNow("Meld bruddet først (+).") }
        let known = incident.breachDetails
        func item(_ prompt: String, _ value: String?) -> Field<String?> { Question.optionalText("\(prompt): ", initial: value ?? "") }
        let categories = item("Kategorier registrerte (pasienter, ansatte …)", known.subjectCategories)
        let subjects = item("Omtrentlig antall berørte", known.approximateSubjects.map(String.init))
        let dataTypes = item("Typer personopplysninger", known.dataTypes)
        let contactPoint = item("Kontaktpunkt (personvernombud, nummer)", known.contactPoint)
        let consequences = item("Sannsynlige konsekvenser", known.likelyConsequences)
        let measures = item("Tiltak iverksatt eller foreslått", known.measures)
        let cause = item("Årsak, og hvordan det skjedde", known.cause)
        let period = item("Tidsrom", known.period)
        let location = item("Hvor opplysningene befinner seg", known.location)
        return Dialog("Opplysninger om bruddet (tomt beholder det som er registrert)",
                      [categories, subjects, dataTypes, contactPoint, consequences, measures, cause, period, location]) { answers throws(DialogProblem) in
            var count: Int?
            if let text = answers[subjects] { count = try AnswerParsing.count(text, answering: subjects, minimum: 0) }
            let details = BreachDetails(subjectCategories: answers[categories], approximateSubjects: count, dataTypes: answers[dataTypes],
                                        contactPoint: answers[contactPoint], likelyConsequences: answers[consequences],
                                        measures: answers[measures], cause: answers[cause], period: answers[period],
                                        location: answers[location])
            return .execute(.recordBreachDetails(incident.id, details), occurred: nil)
        }
    }

    func reportBreachDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard let aware = incident.privacyBreachAwareAt else { throw NotNow("Meld bruddet først (+).") }
        let late = aware.addingTimeInterval(Clocks.privacyBreachWindow) < now
        let stage = Question.choice("Hvilken melding?", BreachReportStage.allCases,
                                    initial: incident.breachReports.isEmpty ? .initial : .supplement)
        let reason = late ? Question.text("Grunn til at meldingen kommer etter 72 t: ").asOptional
                          : Question.optionalText("Grunn til forsinkelse (tomt, innen fristen): ")
        return Dialog("Melding til Datatilsynet sendt", [stage, reason]) { answers in
            .execute(.reportBreach(incident.id, stage: answers[stage] ?? .initial, delayReason: answers[reason]), occurred: nil)
        }
    }
}
