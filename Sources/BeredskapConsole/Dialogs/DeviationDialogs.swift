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
        let properties = DeviationProperty.allCases.map { Choice($0.rawValue, $0.rawValue) }
        let causes = CauseLevel.allCases.map { Choice($0.rawValue, $0.rawValue) }
        return Dialog("Nytt avvik" + (incident.map { " (knyttes til \($0))" } ?? ""), [
            .text("Hva skjedde, og hvor (enhet eller system, aldri pasient)? "),
            .text("Strakstiltak: "),
            .text("Mulig konsekvens: "),
            .text("Hvordan ble det oppdaget? "),
            .choices("Hva ble berørt? (mellomrom merker)", properties),
            .choice("Hvor ligger årsaken?", causes, initial: CauseLevel.unknown.rawValue),
            .text("Avviksmelder (rolle): "),
            .text("Avviksbehandler (rolle): "),
            .text("Avvikseier (rolle): "),
        ]) { answers in
            let report = DeviationReport(what: answers.text(0), immediateMeasures: answers.text(1), possibleConsequence: answers.text(2),
                                         howDetected: answers.text(3), affected: answers.all(4).compactMap(DeviationProperty.init(rawValue:)),
                                         cause: CauseLevel(rawValue: answers.text(5)) ?? .unknown,
                                         roles: DeviationRoles(reporter: answers.text(6), handler: answers.text(7), owner: answers.text(8)))
            return .execute(.registerDeviation(report, incident: incident), occurred: nil)
        }
    }

    func addMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let (now, calendar) = (now, calendar)
        return Dialog("Nytt tiltak for \(deviation.id)", [
            .text("Tiltak: "),
            .text("Tiltaksansvarlig (rolle): "),
            .text("Frist (dd.mm.åååå eller antall dager, f.eks. 14): "),
        ]) { answers throws(DialogProblem) in
            let due = try AnswerParsing.date(answers.text(2), question: 2, now: now, calendar: calendar)
            return .execute(.addDeviationMeasure(deviation.id, text: answers.text(0), owner: answers.text(1), due: due), occurred: nil)
        }
    }

    func updateMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        guard !deviation.measures.isEmpty else { throw NotNow("\(deviation.id) har ingen tiltak; i legger til et.") }
        return Dialog("Tiltaksstatus for \(deviation.id)", [
            .choice("Hvilket tiltak?", deviation.measures.map { Choice($0.id.rawValue, "\($0.id) \(InertText.make($0.text)) (\($0.status.rawValue))") }),
            .choice("Ny status", MeasureStatus.allCases.map { Choice($0.rawValue, $0.rawValue) }),
            .text("Merknad (tomt for ingen): ", optional: true),
        ]) { answers in
            .execute(.updateDeviationMeasure(deviation.id, MeasureID(answers.text(0)), status: MeasureStatus(rawValue: answers.text(1)) ?? .started,
                                             note: answers.optional(2)), occurred: nil)
        }
    }

    func closeDeviationDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        return Dialog("Lukk \(deviation.id)", [.text("Vurdering: virket tiltakene? ")]) { answers in
            .execute(.closeDeviation(deviation.id, assessment: answers.text(0)), occurred: nil)
        }
    }
}
