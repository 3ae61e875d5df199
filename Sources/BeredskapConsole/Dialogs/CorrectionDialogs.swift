import BeredskapCore
import BeredskapStore
import Foundation

/// Correcting a timeline line (Normen 3, 5.2.1): a new line points at it and the old one stays. Where the line
/// set a fact (a call's outcome, a step ticked, a form moved on, a triage), the correction can set the fact
/// right, and the state follows; otherwise, or when asked, only the text is corrected.
extension ConsoleModel {
    func correctionDialog() throws(NotNow) -> Dialog {
        guard let entry = timeline.selectedEntry else { throw NotNow("Tidslinjen er tom; ingenting å korrigere.") }
        let line = TimelineLine(entry, in: state)
        let offers = CorrectionOffer.offers(for: entry, in: state)
        guard !offers.isEmpty else { return Self.textCorrectionDialog(line) }
        let choices = offers + [.text]
        let what = Question.choice("Hva var feil?", Array(choices.indices), key: String.init) { choices[$0].label }
        let triage = offers.contains { if case .redoTriage = $0 { true } else { false } }
            ? line.incident.flatMap { state[$0] }.flatMap { incident in
                try? triageDialog(of: incident) { entries in Self.triageCorrectionDialog(line, saved: entries) }
            }
            : nil
        return Dialog("Korriger linje nr. \(line.seq)", [what], preview: { _ in [line.summary] }) { answers throws(DialogProblem) in
            guard let index = answers[what] else { throw DialogProblem(what, "Velg hva som var feil.") }
            switch choices[index] {
            case .text: return .next(Self.textCorrectionDialog(line))
            case .fact(let fact, let text, _): return .next(Self.factCorrectionDialog(line, fact, text: text))
            case .redoTriage:
                guard let triage else { throw DialogProblem(what, "Systemregisteret er tomt; vurder på nytt med `beredskap triage`.") }
                return .next(triage)
            }
        }
    }

    /// The text corrected as the operator writes it.
    private static func textCorrectionDialog(_ line: TimelineLine) -> Dialog {
        let text = Question.text("Riktig tekst: ", initial: line.summary)
        let reason = Question.text("Hvorfor rettes den? ")
        return Dialog("Korriger teksten i linje nr. \(line.seq)", [text, reason],
                      preview: { _ in ["Linje nr. \(line.seq) blir stående; rettelsen peker på den.", line.summary] }) { answers in
            .execute(.correct(seq: line.seq, incident: line.incident, text: answers[text], reason: answers[reason]), occurred: nil)
        }
    }

    /// A fact set right: only the reason is asked.
    private static func factCorrectionDialog(_ line: TimelineLine, _ fact: FactCorrection, text: String) -> Dialog {
        let reason = Question.text("Hvorfor rettes det? ")
        return Dialog("Korriger linje nr. \(line.seq): \(text.lowercased())", [reason],
                      preview: { _ in ["Linje nr. \(line.seq) blir stående og merkes som korrigert.", line.summary] }) { answers in
            .execute(.correct(seq: line.seq, incident: line.incident, text: text, reason: answers[reason], fact: fact), occurred: nil)
        }
    }

    /// After the triage is redone: the correction of the wrong one points at the new one.
    private static func triageCorrectionDialog(_ line: TimelineLine, saved entries: [TimelineEntry]) -> Dialog? {
        guard let redone = entries.first(where: { if case .incidentTriaged? = $0.event?.body { true } else { false } }) else { return nil }
        return factCorrectionDialog(line, .triageRedone(by: redone.seq), text: "Vurderingen var feil; ny vurdering i nr. \(redone.seq)")
    }
}

/// One way a line's fact can be set right, as the correction dialog offers it.
enum CorrectionOffer: Sendable {
    /// Set right at once; `text` is the correction's own text.
    case fact(FactCorrection, text: String, label: String)
    /// Triage again (the dialog starts from the wrong one), then the correction points at the new triage.
    case redoTriage
    /// Correct only the words.
    case text

    var label: String {
        switch self {
        case .fact(_, _, let label): label
        case .redoTriage: "Vurderingen var feil: gjør vurderingen på nytt, så peker rettelsen på den nye"
        case .text: "Bare teksten i linjen"
        }
    }

    /// What the line at `entry` set that can still be set right; none for lines that set no fact, and none once
    /// the incident is closed (its facts are settled; only the text can be corrected then).
    static func offers(for entry: TimelineEntry, in state: State) -> [CorrectionOffer] {
        guard let body = entry.event?.body, let incident = entry.incident.flatMap({ state[$0] }), incident.phase.isOpen else { return [] }
        let seq = entry.seq
        switch body {
        case .callAttempted(let call):
            let recorded = incident.duty(call.duty)?.attempts.first { $0.seq == seq }?.outcome ?? call.outcome
            return CallOutcome.allCases.filter { $0 != recorded }.map { outcome in
                .fact(.callOutcome(call.duty, outcome), text: "Utfallet var «\(outcome.word)»", label: "Utfallet var «\(outcome.word)», ikke «\(recorded.word)»")
            }
        case .stepCompleted(let step):
            guard incident.completedSteps[step.procedure]?[step.step]?.seq == seq else { return [] }
            return [.fact(.untickStep(step.procedure, step.step), text: "Steget var ikke utført", label: "Steget var ikke utført: åpne det igjen")]
        case .formAdvanced(let change):
            return formBack([change.serial], at: seq, in: incident)
        case .formWaived(let waiver):
            return formBack([waiver.serial], at: seq, in: incident)
        case .formsAdvanced(let batch):
            return formBack(batch.serials, at: seq, in: incident)
        case .incidentTriaged:
            guard incident.triageSeqs.contains(seq) else { return [] }
            guard let newer = incident.triageSeqs.last, newer > seq else { return [.redoTriage] }
            return [.fact(.triageRedone(by: newer), text: "Vurderingen var feil; ny vurdering i nr. \(newer)",
                          label: "Vurderingen var feil: den nye i nr. \(newer) gjelder")]
        case .incidentOpened, .responseStarted, .controlConfirmed, .restorationStarted, .serviceRestored, .incidentClosed,
             .incidentEvaluated, .levelChanged, .levelKept, .logEntry, .entryCorrected, .taskAssigned, .taskCompleted,
             .taskCancelled, .roleAssigned, .notificationRequired, .notificationDeclined, .fallbackActivated, .fallbackEnded,
             .formsIssued, .privacyBreachFlagged, .deviationRegistered, .deviationMeasureAdded, .deviationMeasureUpdated,
             .deviationClosed, .deviationMeasureApproved, .deviationRiskAssessed, .deviationCauseRecorded, .breachDetailsRecorded, .breachReported, .messageDrafted, .messageApproved,
             .messageApprovedVerbally, .messageSent, .exerciseStarted, .injectReleased, .injectSkipped, .exerciseClockPaused,
             .exerciseClockResumed, .expectationAssessed, .observerNoted, .exerciseEnded, .exerciseEvaluated, .hotWashNoted,
             .correctiveActionClosed, .measureCompleted, .procedureTestRecorded, .trainingRecorded:
            return []
        }
    }

    /// Each form the line moved that still carries that change, back to the status it had before.
    private static func formBack(_ serials: [FormSerial], at seq: Int, in incident: Incident) -> [CorrectionOffer] {
        serials.compactMap { serial in
            guard let history = incident.form(serial)?.history, let index = history.lastIndex(where: { $0.seq == seq }), index > 0 else { return nil }
            let before = history[index - 1].status
            return .fact(.moveFormBack(serial), text: "\(serial) var ikke «\(history[index].status.rawValue)»",
                         label: "Sett \(serial) tilbake til «\(before.rawValue)»")
        }
    }
}
