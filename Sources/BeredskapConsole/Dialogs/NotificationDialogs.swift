import BeredskapCore
import Foundation

/// Varsling beyond the one-key outcomes: a call with a note, a decision not to notify, and a new recipient
/// (a vendor, HelseCERT, an authority) with its deadline.
extension ConsoleModel {
    func callNoteDialog() throws(NotNow) -> Dialog {
        let (incident, duty) = try selectedDuty()
        let number = isExercise ? nil : NotificationList.nextNumber(for: duty, in: state.organisation)
        let outcomes = CallOutcome.allCases.map { Choice($0.rawValue, $0.rawValue) }
        return Dialog("Samtale med \(InertText.make(duty.recipient))", [
            .choice("Hvordan gikk det?", outcomes),
            .text("Notat (hva ble sagt, avtalt): "),
        ]) { answers in
            .execute(.recordCall(incident.id, duty.id, outcome: CallOutcome(rawValue: answers.text(0)) ?? .reached,
                                 number: number, note: answers.text(1)), occurred: nil)
        }
    }

    func declineDialog() throws(NotNow) -> Dialog {
        let (incident, duty) = try selectedDuty()
        return Dialog("Varsles ikke: \(InertText.make(duty.recipient))", [.text("Hvorfor varsles ikke? ")]) { answers in
            .execute(.declineNotification(incident.id, duty.id, reason: answers.text(0)), occurred: nil)
        }
    }

    /// Anyone in the contact list, external ones first, or a recipient typed in.
    func addNotificationDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let contacts = state.organisation.contacts.filter(\.external) + state.organisation.contacts.filter { !$0.external }
        let choices = contacts.map { Choice($0.id.rawValue, InertText.make($0.recipientLabel) + ($0.external ? " (ekstern)" : "")) }
            + [Choice("", "Annen mottaker (skrives inn)")]
        let (organisation, now, calendar) = (state.organisation, now, calendar)
        return Dialog("Ny varsling for \(incident.id)", [
            .choice("Hvem skal varsles?", choices),
            .text("Mottaker (tomt: kontakten valgt over): ", optional: true),
            .text("Frist (30 eller 14:30; tomt for ingen): ", optional: true),
            .choice("Må gjøres før hendelsen kan lukkes?", [Choice("ja", "Ja, påkrevd"), Choice("nei", "Nei")]),
        ]) { answers throws(DialogProblem) in
            let contact = answers.optional(0).map(ContactID.init(rawValue:))
            guard let recipient = answers.optional(1) ?? contact.flatMap(organisation.contact)?.recipientLabel else {
                throw DialogProblem(question: 1, "Skriv hvem som skal varsles.")
            }
            let due = try AnswerParsing.deadline(answers.text(2), question: 2, now: now, calendar: calendar)
            return .execute(.requireNotification(incident.id, recipient: recipient, contact: contact, due: due,
                                                 mandatory: answers.text(3) == "ja"), occurred: nil)
        }
    }
}
