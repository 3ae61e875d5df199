import BeredskapCore
import Foundation

/// `f`: the next step in the incident's life, as its phase allows (factsheet 2c–2i): start the response,
/// confirm control, restore, close after re-entry, or dismiss a false alarm. The guards are Core's; the
/// closing dialog shows beforehand what still blocks closing.
extension ConsoleModel {
    func phaseDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let steps = transitions(for: incident)
        guard let first = steps.first else {
            throw NotNow(incident.phase == .detected
                ? "Vurder hendelsen først (r), eller avskriv den som falsk alarm."
                : "Hendelsen er \(incident.phase.word); rapporten: beredskap after-action \(incident.id).")
        }
        guard steps.count > 1 else { return first.dialog }
        let step = Question.choice("Hva skjer nå?", steps, key: \.label, label: \.label)
        return Dialog("Neste fase for \(incident.id) (nå: \(incident.phase.word))", [step]) { answers throws(DialogProblem) in
            guard let chosen = answers[step] else { throw DialogProblem(step, "Velg hva som skjer nå.") }
            return .next(chosen.dialog)
        }
    }

    private func transitions(for incident: Incident) -> [(label: String, dialog: Dialog)] {
        let id = incident.id
        func note(_ title: String, _ prompt: String, optional: Bool, _ action: @escaping @Sendable (String?) -> Action) -> Dialog {
            let note = optional ? Question.optionalText(prompt) : Question.text(prompt).asOptional
            return Dialog(title, [note]) { answers in .execute(action(answers[note]), occurred: nil) }
        }
        let reason = Question.text("Hvorfor er det ikke en hendelse? ")
        let dismiss = (label: "Avskriv som falsk alarm", dialog: Dialog("Avskriv \(id)", [reason]) { answers in
            .execute(.close(id, summary: answers[reason], dismissal: answers[reason], level: nil), occurred: nil)
        })
        switch incident.phase {
        case .detected:
            return [dismiss]
        case .triaged:
            return [(label: "Start håndtering (faktaark 2d–2f)",
                     dialog: note("Start håndtering", "Merknad (tomt for ingen): ", optional: true) { .startResponse(id, note: $0) }),
                    dismiss]
        case .responding where incident.controlConfirmedAt == nil:
            return [(label: "Bekreft kontroll over hendelsen",
                     dialog: note("Kontroll (faktaark 2g)", "Hva viser at dere har kontroll? ", optional: false) {
                         .confirmControl(id, note: $0 ?? "")
                     })]
        case .responding:
            return [(label: "Start gjenoppretting (faktaark 2g)",
                     dialog: note("Start gjenoppretting", "Merknad (tomt for ingen): ", optional: true) { .startRestoration(id, note: $0) })]
        case .restoring:
            return [(label: "Tjenesten er gjenopprettet: start ajourføring (faktaark 2h)",
                     dialog: note("Gjenopprettet", "Merknad (tomt for ingen): ", optional: true) { .confirmRestored(id, note: $0) })]
        case .reEntry:
            return [(label: "Lukk hendelsen", dialog: closeDialog(incident))]
        case .closed:
            return [(label: "Evaluer hendelsen (faktaark 3, Normen 5.9)", dialog: evaluationDialog(incident))]
        case .evaluated:
            return []
        }
    }

    /// Closing (factsheet 2i): a summary; the level decision when this is the last open incident at a raised
    /// level; and, before anything is typed, what still blocks it.
    private func closeDialog(_ incident: Incident) -> Dialog {
        let id = incident.id
        let level = state.level
        let asksLevel = level > .green && state.openIncidents.map(\.id) == [id]
        let summary = Question.text("Oppsummering: ")
        // The current level is the choice to keep it; the ones below lower it.
        let next = Question.choice("Beredskapsnivå når siste hendelse lukkes", ReadinessLevel.allCases.filter { $0 <= level },
                                   key: { $0 == level ? "behold" : $0.rawValue }) { $0 == level ? "Behold \($0.word)" : "Senk til \($0.word)" }
        let reason = Question.text("Begrunnelse for nivået: ")
        let blockers = Self.closingBlockers(incident)
        return Dialog("Lukk \(id)", asksLevel ? [summary, next, reason] : [summary], preview: { _ in blockers }) { answers in
            let chosen = answers[next] ?? level
            let decision: LevelDecision? = !asksLevel ? nil
                : chosen < level ? .lower(to: chosen, reason: answers[reason]) : .keep(reason: answers[reason])
            return .execute(.close(id, summary: answers[summary], dismissal: nil, level: decision), occurred: nil)
        }
    }

    /// Phase 7: what was learnt, and one corrective action with its owner and deadline (more with
    /// `beredskap phase … --action`). Each action stays open in status until it is closed.
    private func evaluationDialog(_ incident: Incident) -> Dialog {
        let (id, now, calendar) = (incident.id, now, calendar)
        let learnt = Question.text("Hva lærte vi? (flere skilles med ;) ")
        let action = Question.optionalText("Korrigerende tiltak (tomt for ingen): ")
        let ownerField = Question.optionalText("Tiltaksansvarlig (rolle): ")
        let dueField = Question.optionalText("Frist for tiltaket (dd.mm.åååå eller antall dager): ")
        return Dialog("Evaluering av \(id)", [learnt, action, ownerField, dueField]) { answers throws(DialogProblem) in
            let lessons = answers[learnt].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var actions: [CorrectiveAction] = []
            if let text = answers[action] {
                guard let owner = answers[ownerField] else { throw DialogProblem(ownerField, "Et tiltak trenger en ansvarlig.") }
                let due = try AnswerParsing.date(answers[dueField] ?? "", answering: dueField, now: now, calendar: calendar)
                actions.append(CorrectiveAction(text: text, owner: owner, due: due))
            }
            return .execute(.evaluate(id, lessons: lessons, actions: actions), occurred: nil)
        }
    }

    /// What stops an incident from closing, in words: unsettled paper forms and mandatory notifications.
    static func closingBlockers(_ incident: Incident) -> [String] {
        let forms = incident.unsettledForms
        let duties = incident.outstandingMandatoryDuties
        guard !forms.isEmpty || !duties.isEmpty else { return ["Ingenting hindrer lukking: alt papir er avstemt og alle varslinger gjort."] }
        var lines = ["Dette hindrer lukking:"]
        if !forms.isEmpty {
            lines.append("\(forms.count) papirskjema ikke kontrollert eller frafalt (p): "
                         + forms.prefix(6).map { "\($0.serial) \($0.status.rawValue)" }.joined(separator: ", ") + (forms.count > 6 ? " …" : ""))
        }
        if !duties.isEmpty {
            lines.append("\(duties.count) påkrevde varslinger (v): " + duties.prefix(4).map { InertText.make($0.recipient) }.joined(separator: ", ")
                         + (duties.count > 4 ? " …" : ""))
        }
        return lines
    }
}
