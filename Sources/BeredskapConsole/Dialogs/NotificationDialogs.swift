import BeredskapCore
import Foundation

/// Varsling beyond the one-key outcomes: a call with a note, a decision not to notify, and a new recipient
/// (a vendor, HelseCERT, an authority) with its deadline.
extension ConsoleModel {
    func callNoteDialog() throws(NotNow) -> Dialog {
        let (incident, duty) = try selectedDuty()
        let number = isExercise ? nil : NotificationList.nextNumber(for: duty, in: state.organisation)
        let outcome = Question.choice("Hvordan gikk det?", CallOutcome.allCases, label: \.word)
        let note = Question.text("Notat (hva ble sagt, avtalt): ")
        return Dialog("Samtale med \(InertText.make(duty.recipient))", [outcome, note]) { answers in
            .execute(.recordCall(incident.id, duty.id, outcome: answers[outcome] ?? .reached, number: number, note: answers[note]), occurred: nil)
        }
    }

    func declineDialog() throws(NotNow) -> Dialog {
        let (incident, duty) = try selectedDuty()
        let reason = Question.text("Hvorfor varsles ikke? ")
        return Dialog("Varsles ikke: \(InertText.make(duty.recipient))", [reason]) { answers in
            .execute(.declineNotification(incident.id, duty.id, reason: answers[reason]), occurred: nil)
        }
    }

    /// Anyone in the contact list, external ones first, or a recipient typed in.
    func addNotificationDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let contacts = state.organisation.contacts.filter(\.external) + state.organisation.contacts.filter { !$0.external }
        // nil is someone not in the contact list, typed in on the next question.
        let contact = Question.choice("Hvem skal varsles?", contacts.map(Optional.some) + [nil], key: { $0?.id.rawValue ?? "" }) { contact in
            contact.map { InertText.make($0.recipientLabel) + ($0.external ? " (ekstern)" : "") } ?? "Annen mottaker (skrives inn)"
        }
        let typed = Question.optionalText("Mottaker (tomt: kontakten valgt over): ")
        let due = Question.optionalText("Frist (30 eller 14:30; tomt for ingen): ")
        let mandatory = Question.choice("Må gjøres før hendelsen kan lukkes?", [true, false], key: { $0 ? "ja" : "nei" }) { $0 ? "Ja, påkrevd" : "Nei" }
        let (now, calendar) = (now, calendar)
        return Dialog("Ny varsling for \(incident.id)", [contact, typed, due, mandatory]) { answers throws(DialogProblem) in
            let chosen = answers[contact] ?? nil
            guard let recipient = answers[typed] ?? chosen?.recipientLabel else { throw DialogProblem(typed, "Skriv hvem som skal varsles.") }
            let deadline = try AnswerParsing.deadline(due, in: answers, now: now, calendar: calendar)
            return .execute(.requireNotification(incident.id, recipient: recipient, contact: chosen?.id, due: deadline,
                                                 mandatory: answers[mandatory] == true), occurred: nil)
        }
    }
}
