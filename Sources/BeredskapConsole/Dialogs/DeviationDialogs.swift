import BeredskapCore
import Foundation

/// Avvik (Normen 5.8.1, the internal-control guide 2.4.1): the form's fields with the system and the cause category
/// the repeat rule compares, a risk assessment now or later, measures with owner, deadline, cost, the alternatives
/// considered and who approved them, their status, and the closing assessment.
extension ConsoleModel {
    func selectedDeviation() throws(NotNow) -> Deviation {
        let rows = deviationRows
        guard let deviation = rows.dropFirst(deviations.row(for: rows.map(\.id))).first else {
            throw NotNow("Ingen avvik er valgt; + registrerer et.")
        }
        return deviation
    }

    func registerDeviationDialog() -> Dialog {
        let incident = self.incident
        let what = Question.text("Hva skjedde, og hvor (enhet eller system, aldri pasient)? ")
        let immediate = Question.text("Strakstiltak: ")
        let consequence = Question.text("Mulig konsekvens: ")
        let detected = Question.text("Hvordan ble det oppdaget? ")
        let affected = Question.choices("Hva ble berørt? (mellomrom merker)", DeviationProperty.allCases, key: \.rawValue, label: \.rawValue)
        let cause = Question.choice("Hvor ligger årsaken?", CauseLevel.allCases, initial: .unknown)
        let (system, category) = causeQuestions(system: incident?.triage?.systems.first, category: incident?.triage?.category)
        let reporter = Question.text("Avviksmelder (rolle): ")
        let handler = Question.text("Avviksbehandler (rolle): ")
        let owner = Question.text("Avvikseier (rolle): ")
        let assessNow = Question.choice("Risikovurdering", [true, false], key: { $0 ? "nå" : "senere" },
                                        label: { $0 ? "Vurder risikoen nå" : "Vurder senere (e på Avvik)" }, initial: true)
        return Dialog("Nytt avvik" + (incident.map { " (knyttes til \($0.id))" } ?? ""),
                      [what, immediate, consequence, detected, affected, cause, system, category, reporter, handler, owner, assessNow]) { answers in
            let report = DeviationReport(what: answers[what], immediateMeasures: answers[immediate], possibleConsequence: answers[consequence],
                                         howDetected: answers[detected], affected: answers[affected], cause: answers[cause] ?? .unknown,
                                         roles: DeviationRoles(reporter: answers[reporter], handler: answers[handler], owner: answers[owner]),
                                         system: answers[system] ?? nil, category: answers[category] ?? nil)
            guard answers[assessNow] == true else { return .execute(.registerDeviation(report, incident: incident?.id), occurred: nil) }
            return .next(Self.riskDialog("Risiko for det nye avviket") { risk in
                var assessed = report
                assessed.risk = risk
                return .registerDeviation(assessed, incident: incident?.id)
            })
        }
    }

    /// e: a new risk assessment for the selected avvik.
    func assessRiskDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        return Self.riskDialog("Risikovurdering for \(deviation.id)", current: deviation.report.risk) {
            .assessDeviationRisk(deviation.id, $0)
        }
    }

    /// c: the system and the cause category, once known or found to be different.
    func recordCauseDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let (system, category) = causeQuestions(system: deviation.report.system, category: deviation.report.category)
        return Dialog("System og årsak for \(deviation.id)", [system, category]) { answers in
            .execute(.recordDeviationCause(deviation.id, system: answers[system] ?? nil, category: answers[category] ?? nil), occurred: nil)
        }
    }

    func addMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let (now, calendar) = (now, calendar)
        let measure = Question.text("Tiltak: ")
        let owner = Question.text("Tiltaksansvarlig (rolle): ")
        let due = Question.text("Frist (dd.mm.åååå eller antall dager, f.eks. 14): ")
        let cost = Question.optionalText("Anslått kostnad (f.eks. 40 000 kr eller 2 dagsverk; tomt om ukjent): ")
        let alternatives = Question.optionalText("Alternative tiltak som ble vurdert (tomt for ingen): ")
        let approvedBy = Question.optionalText("Godkjent av (rolle; tomt om ikke godkjent ennå, j godkjenner senere): ")
        return Dialog("Nytt tiltak for \(deviation.id)", [measure, owner, due, cost, alternatives, approvedBy]) { answers throws(DialogProblem) in
            let date = try AnswerParsing.date(answers[due], answering: due, now: now, calendar: calendar)
            return .execute(.addDeviationMeasure(deviation.id, MeasurePlan(
                text: answers[measure], owner: answers[owner], due: date, cost: answers[cost], alternatives: answers[alternatives],
                approval: answers[approvedBy].map { Approval(by: $0, on: now) })), occurred: nil)
        }
    }

    /// j: who approved a measure, and on which day.
    func approveMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        let waiting = deviation.measures.filter { $0.plan.approval == nil }
        guard !waiting.isEmpty else { throw NotNow("Alle tiltakene i \(deviation.id) er godkjent, eller det finnes ingen; i legger til et.") }
        let (now, calendar) = (now, calendar)
        let measure = measureQuestion(waiting)
        let by = Question.text("Godkjent av (rolle): ")
        let day = Question.optionalText("Dato (dd.mm.åååå; tomt for i dag): ")
        return Dialog("Godkjenn tiltak i \(deviation.id)", [measure, by, day]) { answers throws(DialogProblem) in
            guard let id = answers[measure] else { throw DialogProblem(measure, "Velg et tiltak.") }
            let on = try answers[day].map { text throws(DialogProblem) in try AnswerParsing.date(text, answering: day, now: now, calendar: calendar) }
            return .execute(.approveDeviationMeasure(deviation.id, id, Approval(by: answers[by], on: on ?? now)), occurred: nil)
        }
    }

    func updateMeasureDialog() throws(NotNow) -> Dialog {
        let deviation = try selectedDeviation()
        guard !deviation.measures.isEmpty else { throw NotNow("\(deviation.id) har ingen tiltak; i legger til et.") }
        let measure = measureQuestion(deviation.measures)
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

    /// Likelihood, consequence and what the risk is, then `action` with the assessment.
    private static func riskDialog(_ title: String, current: DeviationRisk? = nil,
                                   _ action: @escaping @Sendable (DeviationRisk) -> Action) -> Dialog {
        let likelihood = Question.choice("Sannsynlighet for at det skjer igjen eller blir verre", RiskGrade.allCases,
                                         initial: current?.likelihood ?? .medium)
        let consequence = Question.choice("Konsekvens om det skjer", RiskGrade.allCases, initial: current?.consequence ?? .medium)
        let text = Question.text("Hva er risikoen? ", initial: current?.text ?? "")
        return Dialog(title, [likelihood, consequence, text], preview: { answers in
            guard let l = answers[likelihood], let c = answers[consequence] else { return [] }
            return ["Risiko: " + DeviationRisk(likelihood: l, consequence: c, text: "").grading]
        }) { answers throws(DialogProblem) in
            guard let l = answers[likelihood], let c = answers[consequence] else { throw DialogProblem(likelihood, "Velg sannsynlighet og konsekvens.") }
            return .execute(action(DeviationRisk(likelihood: l, consequence: c, text: answers[text])), occurred: nil)
        }
    }

    /// The system from the register and the cause as a hendelseskategori, each with «none» as a choice: what the
    /// repeat rule compares (same system, same cause, within 12 months).
    private func causeQuestions(system: SystemID?, category: CategoryID?) -> (Field<SystemID??>, Field<CategoryID??>) {
        let organisation = state.organisation
        let systems: [SystemID?] = [nil] + organisation.systems.map(\.id)
        let categories: [CategoryID?] = [nil] + organisation.categories.map(\.id)
        return (Question.choice("Hvilket system gjelder det?", systems, key: { $0?.rawValue ?? "-" },
                                label: { $0.map { organisation.system($0)?.name ?? $0.rawValue } ?? "Ikke ett bestemt system" },
                                initial: .some(system)),
                Question.choice("Årsak (hendelseskategori)", categories, key: { $0?.rawValue ?? "-" },
                                label: { $0.map { organisation.category($0)?.name ?? $0.rawValue } ?? "Ikke fastsatt ennå" },
                                initial: .some(category)))
    }

    private func measureQuestion(_ measures: [DeviationMeasure]) -> Field<MeasureID?> {
        Question.choice("Hvilket tiltak?", measures.map(\.id), key: \.rawValue) { id in
            measures.first { $0.id == id }.map { "\(id) \(InertText.make($0.plan.text)) (\($0.status.rawValue))" } ?? id.rawValue
        }
    }
}
