import BeredskapCore
import Foundation

/// Avvik (Normen 5.8.1, the internal-control guide 2.4.1): the form's fields, measures with owner and deadline,
/// their status, and the closing assessment.
extension ConsoleModel {
    func selectedDeviation() throws(NotNow) -> Deviation {
        let rows = deviationRows
        guard let deviation = rows.dropFirst(deviations.row(for: rows.map(\.id))).first else {
            throw NotNow("Ingen avvik er valgt; + registrerer et.")
        }
        return deviation
    }

    func registerDeviationDialog() -> Dialog {
        let incident = selectedIncident
        let what = Question.text("Hva skjedde, og hvor (enhet eller system, aldri pasient)? ")
        let immediate = Question.text("Strakstiltak: ")
        let consequence = Question.text("Mulig konsekvens: ")
        let detected = Question.text("Hvordan ble det oppdaget? ")
        let affected = Question.choices("Hva ble berørt? (mellomrom merker)", DeviationProperty.allCases, key: \.rawValue, label: \.rawValue)
        let cause = Question.choice("Hvor ligger årsaken?", CauseLevel.allCases, initial: .unknown)
        let reporter = Question.text("Avviksmelder (rolle): ")
        let handler = Question.text("Avviksbehandler (rolle): ")
        let owner = Question.text("Avvikseier (rolle): ")
        return Dialog("Nytt avvik" + (incident.map { " (knyttes til \($0))" } ?? ""),
                      [what, immediate, consequence, detected, affected, cause, reporter, handler, owner]) { answers in
            let report = DeviationReport(what: answers[what], immediateMeasures: answers[immediate], possibleConsequence: answers[consequence],
                                         howDetected: answers[detected], affected: answers[affected], cause: answers[cause] ?? .unknown,
                                         roles: DeviationRoles(reporter: answers[reporter], handler: answers[handler], owner: answers[owner]))
            return .execute(.registerDeviation(report, incident: incident), occurred: nil)
        }
    }

    func addMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let (now, calendar) = (now, calendar)
        let measure = Question.text("Tiltak: ")
        let owner = Question.text("Tiltaksansvarlig (rolle): ")
        let due = Question.text("Frist (dd.mm.åååå eller antall dager, f.eks. 14): ")
        return Dialog("Nytt tiltak for \(deviation.id)", [measure, owner, due]) { answers throws(DialogProblem) in
            let date = try AnswerParsing.date(answers[due], answering: due, now: now, calendar: calendar)
            return .execute(.addDeviationMeasure(deviation.id, text: answers[measure], owner: answers[owner], due: date), occurred: nil)
        }
    }

    func updateMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        guard !deviation.measures.isEmpty else { throw NotNow("\(deviation.id) har ingen tiltak; i legger til et.") }
        let measure = Question.choice("Hvilket tiltak?", deviation.measures.map(\.id), key: \.rawValue) { id in
            deviation.measures.first { $0.id == id }.map { "\(id) \(InertText.make($0.text)) (\($0.status.rawValue))" } ?? id.rawValue
        }
        let status = Question.choice("Ny status", MeasureStatus.allCases)
        let note = Question.optionalText("Merknad (tomt for ingen): ")
        return Dialog("Tiltaksstatus for \(deviation.id)", [measure, status, note]) { answers throws(DialogProblem) in
            guard let id = answers[measure] else { throw DialogProblem(measure, "Velg et tiltak.") }
            return .execute(.updateDeviationMeasure(deviation.id, id, status: answers[status] ?? .started, note: answers[note]), occurred: nil)
        }
    }

    func closeDeviationDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let assessment = Question.text("Vurdering: virket tiltakene? ")
        return Dialog("Lukk \(deviation.id)", [assessment]) { answers in
            .execute(.closeDeviation(deviation.id, assessment: answers[assessment]), occurred: nil)
        }
    }
}
