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

/// Many paper forms moved one step at once (a ward's bundle back, a range entered), chosen by the place they
/// were issued to or by a range of serials; the person confirms by typing how many they have in front of them.
extension ConsoleModel {
    func bulkFormsDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard !incident.forms.isEmpty else { throw NotNow("Ingen skjema delt ut; + deler ut skjema.") }
        // nil is a range of serials, typed on the next questions.
        let places = incident.formPlaces.map(Optional.some) + [nil]
        let which = Question.choice("Hvilke skjema?", places, key: { $0 ?? "" }) { place in
            guard let place else { return "Et område av løpenumre (skrives inn, f.eks. JN-0001 til JN-0040)" }
            let count = incident.forms(.issuedTo(place))?.count ?? 0
            return "Alle utlevert til \(InertText.make(place)) (\(Count.phrase(count, "skjema", "skjema")))"
        }
        return Dialog("Flytt mange papirskjema for \(incident.id)", [which]) { answers throws(DialogProblem) in
            guard let chosen = answers[which] else { throw DialogProblem(which, "Velg skjemaene.") }
            guard let place = chosen else { return .next(Self.formRangeDialog(incident)) }
            return .next(try Self.confirmBulkDialog(incident, .issuedTo(place), answering: which))
        }
    }

    private static func formRangeDialog(_ incident: Incident) -> Dialog {
        let first = Question.text("Første løpenummer (f.eks. JN-0001): ")
        let last = Question.text("Siste løpenummer (f.eks. JN-0040): ")
        return Dialog("Flytt et område av papirskjema", [first, last]) { answers throws(DialogProblem) in
            let serial = { (field: Field<String>) in FormSerial(answers[field].uppercased()) }
            return .next(try confirmBulkDialog(incident, .range(serial(first), through: serial(last)), answering: first))
        }
    }

    /// The selection's one next step and its count, confirmed by typing the count; a selection with nothing to
    /// move, or forms at different steps, is sent back to `field` with the reason.
    private static func confirmBulkDialog(_ incident: Incident, _ selection: FormSelection, answering field: some DialogField) throws(DialogProblem) -> Dialog {
        guard let forms = incident.forms(selection) else {
            throw DialogProblem(field, "«\(selection.words)» er ikke et område: samme prefiks på begge, det laveste først.")
        }
        guard !forms.isEmpty else { throw DialogProblem(field, "Ingen skjema i hendelsen passer «\(InertText.make(selection.words))».") }
        let statuses = FormStatus.allCases.filter { status in forms.contains { $0.status == status } }
        guard statuses.count == 1, let from = statuses.first else {
            let counts = statuses.map { status in "\(forms.filter { $0.status == status }.count) \(status.rawValue)" }
            throw DialogProblem(field, "Utvalget har skjema på ulike trinn (\(counts.joined(separator: ", "))). Velg et utvalg der alle er på samme trinn.")
        }
        guard let to = from.next else { throw DialogProblem(field, "Skjemaene er \(from.rawValue); ingenting mer å gjøre.") }
        let serials = FormSerial.runs(forms.map(\.serial))
        let count = Question.text("Antall skjema du har foran deg (tell over): ")
        let summary = "\(Count.phrase(forms.count, "skjema", "skjema")) settes fra «\(from.rawValue)» til «\(to.rawValue)»"
        return Dialog("Flytt \(Count.phrase(forms.count, "skjema", "skjema")) til «\(to.rawValue)»", [count], preview: { _ in
            [summary + ":", InertText.make(serials)]
        }) { answers throws(DialogProblem) in
            let stated = try AnswerParsing.count(answers[count], answering: count)
            return .execute(.advanceForms(incident.id, selection, to: to, count: stated), occurred: nil)
        }
    }
}
