import BeredskapCore
import Foundation

/// `f`: the next step in the incident's life, as its phase allows (factsheet 2a–2i, 3d): triage, start the response,
/// confirm control, restore, close after re-entry, evaluate - or dismiss a false alarm, which is a choice and never
/// the default. Every dialog says beforehand which phase it leads to; the guards are Core's.
extension ConsoleModel {
    func phaseDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let steps = transitions(for: incident)
        guard let first = steps.first else {
            throw NotNow("Hendelsen er \(incident.phase.word); rapporten: beredskap after-action \(incident.id).")
        }
        guard steps.count > 1 else { return first.dialog }
        let step = Question.choice("Hva skjer nå?", steps, key: \.label, label: \.label)
        return Dialog("Neste fase for \(incident.id) (nå: \(incident.phase.word))", [step]) { answers throws(DialogProblem) in
            guard let chosen = answers[step] else { throw DialogProblem(step, "Velg hva som skjer nå.") }
            return .next(chosen.dialog)
        }
    }

    /// The dialog that moves the incident on (what «Hva nå?» names as its phase action), without the choice of
    /// dismissing it.
    func phaseActionDialog(_ incident: Incident) throws(NotNow) -> Dialog {
        if incident.phase == .detected { return try triageDialog() }
        guard let first = transitions(for: incident).first else {
            throw NotNow("Hendelsen er \(incident.phase.word); ingenting mer å gjøre med den.")
        }
        return first.dialog
    }

    /// What `f` offers in each phase, the way on first; each label names the phase it leads to.
    private func transitions(for incident: Incident) -> [(label: String, dialog: Dialog)] {
        let id = incident.id
        func note(_ title: String, _ prompt: String, optional: Bool, _ action: @escaping @Sendable (String?) -> Action) -> Dialog {
            let note = optional ? Question.optionalText(prompt) : Question.text(prompt).asOptional
            return Dialog(title, [note]) { answers in .execute(action(answers[note]), occurred: nil) }
        }
        let reason = Question.text("Hvorfor er det ikke en hendelse? ")
        let dismiss = (label: "Avskriv som falsk alarm (neste fase: avsluttet)",
                       dialog: Dialog("Neste fase: avsluttet – avskriv \(id) som falsk alarm", [reason]) { answers in
            // The reason is the dismissal; the summary only says what kind of closing it was, so the reason is saved once.
            .execute(.close(id, summary: "Falsk alarm", dismissal: answers[reason], level: nil), occurred: nil)
        })
        switch incident.phase {
        case .detected:
            let triage = (try? triageDialog()).map { [(label: "Vurder hendelsen (neste fase: vurdert, faktaark 2a)", dialog: $0)] } ?? []
            return triage + [dismiss]
        case .triaged:
            return [(label: "Start håndtering (neste fase: håndteres, faktaark 2c–2g)",
                     dialog: note("Neste fase: håndteres – start håndteringen av \(id) (faktaark 2c–2g)", "Merknad (tomt for ingen): ",
                                  optional: true) { .startResponse(id, note: $0) }),
                    dismiss]
        case .responding where incident.controlConfirmedAt == nil:
            let basis = Question.text("Hva viser at dere har kontroll? ")
            let relay = RelayQuestion(.control, in: self)
            return [(label: "Bekreft kontroll over hendelsen",
                     dialog: Dialog("Kontroll og situasjonsforståelse (faktaark 2h); fasen er fortsatt håndteres, deretter gjenopprettes",
                                    RelayQuestion.fields([basis], relay)) { answers in
                         .execute(.confirmControl(id, note: answers[basis]), occurred: nil, onBehalfOf: answers[relay])
                     })]
        case .responding:
            return [(label: "Start gjenoppretting",
                     dialog: note("Neste fase: gjenopprettes – start gjenopprettingen (faktaark 2h)", "Merknad (tomt for ingen): ",
                                  optional: true) { .startRestoration(id, note: $0) })]
        case .restoring:
            return [(label: "Tjenesten er gjenopprettet",
                     dialog: note("Neste fase: ajourføres – tjenesten er gjenopprettet, papiret føres inn (faktaark 2f)",
                                  "Merknad (tomt for ingen): ", optional: true) { .confirmRestored(id, note: $0) })]
        case .reEntry:
            return [(label: "Lukk hendelsen", dialog: closeDialog(incident))]
        case .closed:
            return [(label: "Evaluer hendelsen", dialog: evaluationDialog(incident))]
        case .evaluated:
            return []
        }
    }

    /// Closing (factsheet 2i) is a DO-CONFIRM: the dialog lists what still blocks it and what is left undone, and
    /// closing past unticked critical steps and open tasks asks why. Closing the last open incident at a raised
    /// level asks for the level decision.
    private func closeDialog(_ incident: Incident) -> Dialog {
        let id = incident.id
        let level = state.level
        let asksLevel = level.isRaised && state.openIncidents.map(\.id) == [id]
        let unfinished = state.unfinishedWork(in: incident)
        let summary = Question.text("Oppsummering: ")
        let past = Question.text("Hvorfor lukkes den med åpne punkter? ").asOptional
        // The ones below the current level lower it, normal drift first; the current level is the choice to keep it.
        let next = Question.choice("Beredskapsnivå når siste hendelse lukkes", ReadinessLevel.allCases.filter { $0 <= level },
                                   key: { $0 == level ? "behold" : $0.rawValue }) { $0 == level ? "Behold \($0.word)" : "Senk til \($0.word)" }
        let reason = Question.text("Begrunnelse for nivået: ")
        let relay = asksLevel ? RelayQuestion(.level, in: self) : nil
        let lines = Self.closingPreview(incident, unfinished: unfinished)
        let fields = RelayQuestion.fields([summary] + (unfinished.isEmpty ? [] : [past]) + (asksLevel ? [next, reason] : []), relay)
        return Dialog("Neste fase: avsluttet – lukk \(id)", fields, preview: { _ in lines }) { answers in
            let chosen = answers[next] ?? level
            let decision: LevelDecision? = !asksLevel ? nil
                : chosen < level ? .lower(to: chosen, reason: answers[reason]) : .keep(reason: answers[reason])
            return .execute(.close(id, summary: answers[summary], dismissal: nil, level: decision,
                                   unfinishedReason: unfinished.isEmpty ? nil : answers[past]), occurred: nil, onBehalfOf: answers[relay])
        }
    }

    /// Phase 7: what was learnt, and one corrective action with its owner and deadline (more with
    /// `beredskap phase … --action`). Each action stays open in status until it is closed.
    private func evaluationDialog(_ incident: Incident) -> Dialog {
        let (id, now, calendar) = (incident.id, now, calendar)
        let evaluation = EvaluationFields()
        return Dialog("Neste fase: evaluert – evaluering av \(id) (faktaark 3d)", evaluation.fields) { answers throws(DialogProblem) in
            let (lessons, actions) = try evaluation.outcome(answers, now: now, calendar: calendar)
            return .execute(.evaluate(id, lessons: lessons, actions: actions), occurred: nil)
        }
    }

    /// What stops an incident from closing and what is left undone, in words (at most five lines, as the dialog
    /// shows): unsettled paper forms and mandatory notifications block it; unticked critical steps and open tasks
    /// need a reason.
    static func closingPreview(_ incident: Incident, unfinished: [UnfinishedItem]) -> [String] {
        let forms = incident.unsettledForms
        let duties = incident.outstandingMandatoryDuties
        var lines: [String] = []
        if !forms.isEmpty || !duties.isEmpty { lines.append("Dette hindrer lukking:") }
        if !forms.isEmpty {
            lines.append(Count.phrase(forms.count, "papirskjema", "papirskjemaer") + " ikke kontrollert eller frafalt (p): "
                         + forms.prefix(6).map { "\($0.serial) \($0.status.rawValue)" }.joined(separator: ", ") + (forms.count > 6 ? " …" : ""))
        }
        if !duties.isEmpty {
            lines.append(Count.phrase(duties.count, "påkrevd varsling", "påkrevde varslinger") + " (v): "
                         + duties.prefix(4).map { InertText.make($0.recipient) }.joined(separator: ", ") + (duties.count > 4 ? " …" : ""))
        }
        if !unfinished.isEmpty {
            lines.append("Ikke gjort (\(Count.phrase(unfinished.count, "punkt", "punkter"))); å lukke forbi dem krever en begrunnelse:")
            let room = max(5 - lines.count, 1)
            let shown = unfinished.count > room ? room - 1 : room
            lines += unfinished.prefix(shown).map { InertText.make($0.description) }
            if unfinished.count > shown { lines.append("… og \(unfinished.count - shown) til") }
        }
        return lines.isEmpty ? ["Ingenting hindrer lukking: papiret er avstemt, varslingene gjort, kritiske steg kvittert og oppgavene lukket."]
            : lines
    }
}
