import BeredskapCore
import Foundation

/// Papir (factsheet 2f, 2h): forms handed out with serials, moved on as they come back and are entered and
/// checked, or waived with a reason.
extension ConsoleModel {
    func selectedForm() throws(NotNow) -> (Incident, PaperForm) {
        let incident = try requireIncident()
        guard let form = incident.forms.dropFirst(paper.row(for: incident.id)).first else { throw NotNow("Ingen skjema er valgt; + deler ut skjema.") }
        return (incident, form)
    }

    func issueFormsDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let forms = state.organisation.forms
        guard !forms.isEmpty else { throw NotNow("Ingen skjematyper er definert i skjema.yaml.") }
        let form = Question.choice("Hvilket skjema?", forms, key: \.id.rawValue) { "\($0.title) (\($0.serialPrefix))" }
        let count = Question.text("Antall (f.eks. 10): ")
        let issuedTo = Question.text("Utlevert til (enhet, f.eks. Sengepost 3B): ")
        return Dialog("Del ut papirskjema for \(incident.id)", [form, count, issuedTo]) { answers throws(DialogProblem) in
            guard let chosen = answers[form] else { throw DialogProblem(form, "Velg et skjema.") }
            let number = try AnswerParsing.count(answers[count], answering: count)
            return .execute(.issueForms(incident.id, form: chosen.id, count: number, issuedTo: answers[issuedTo]),
                            occurred: nil)
        }
    }

    mutating func advanceForm() throws(NotNow) -> Effect {
        let (incident, form) = try selectedForm()
        guard let next = form.status.next else { throw NotNow("\(form.serial) er \(form.status.rawValue); ingenting mer å gjøre.") }
        return command(.advanceForm(incident.id, form.serial, to: next))
    }

    func waiveFormDialog() throws(NotNow) -> Dialog {
        let (incident, form) = try selectedForm()
        let reason = Question.text("Hvorfor frafalles skjemaet? ")
        return Dialog("Frafall \(form.serial)", [reason]) { answers in
            .execute(.waiveForm(incident.id, form.serial, reason: answers[reason]), occurred: nil)
        }
    }
}
