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
        return Dialog("Del ut papirskjema for \(incident.id)", [
            .choice("Hvilket skjema?", forms.map { Choice($0.id.rawValue, "\($0.title) (\($0.serialPrefix))") }),
            .text("Antall (f.eks. 10): "),
            .text("Utlevert til (enhet, f.eks. Sengepost 3B): "),
        ]) { answers throws(DialogProblem) in
            let count = try AnswerParsing.count(answers.text(1), question: 1)
            let form = forms.first { $0.id.rawValue == answers.text(0) }
            return .execute(.issueForms(incident.id, form: FormTypeID(answers.text(0)), prefix: form?.serialPrefix ?? "",
                                        count: count, issuedTo: answers.text(2)), occurred: nil)
        }
    }

    mutating func advanceForm() throws(NotNow) -> Effect {
        let (incident, form) = try selectedForm()
        guard let next = form.status.next else { throw NotNow("\(form.serial) er \(form.status.rawValue); ingenting mer å gjøre.") }
        return command(.advanceForm(incident.id, form.serial, to: next))
    }

    func waiveFormDialog() throws(NotNow) -> Dialog {
        let (incident, form) = try selectedForm()
        return Dialog("Frafall \(form.serial)", [.text("Hvorfor frafalles skjemaet? ")]) { answers in
            .execute(.waiveForm(incident.id, form.serial, reason: answers.text(0)), occurred: nil)
        }
    }
}
