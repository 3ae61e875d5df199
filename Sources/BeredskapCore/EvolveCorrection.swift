import Foundation

extension State {
    /// Marks the corrected line, and where the correction set a fact right, makes the incident follow it.
    mutating func applyCorrection(_ correction: EntryCorrected, seq: Int, incident: IncidentID?) {
        corrections[correction.corrects, default: []].append(seq)
        guard let fact = correction.fact, let id = incident else { return }
        update(id) { $0.correct(correction.corrects, fact) }
    }
}

extension Incident {
    /// Sets right the fact recorded at `seq`. Changes nothing when `seq` did not record it (which `decide` refuses,
    /// but an old or foreign journal might hold).
    mutating func correct(_ seq: Int, _ fact: CorrectedFact) {
        switch fact {
        case .callOutcome(let duty, _, let outcome):
            updateDuty(duty) { duty in
                if let i = duty.attempts.firstIndex(where: { $0.seq == seq }) { duty.attempts[i].outcome = outcome }
            }
        case .stepUnticked(let procedure, let step):
            guard completedSteps[procedure]?[step]?.seq == seq else { return }
            completedSteps[procedure]?[step] = nil
            if completedSteps[procedure]?.isEmpty == true { completedSteps[procedure] = nil }
        case .formMovedBack(let serial, _):
            updateForm(serial) { $0.moveBack(from: seq) }
        case .triageRedone:
            // The later triage already holds; the correction only marks the wrong one.
            return
        }
    }
}

extension PaperForm {
    /// A new status, kept in the history with the line that set it.
    mutating func move(_ change: FormChange) {
        status = change.status
        history.append(change)
    }

    /// Takes off the last change when `seq` made it, back to the status before.
    mutating func moveBack(from seq: Int) {
        guard history.count > 1, history.last?.seq == seq else { return }
        let undone = history.removeLast()
        status = history[history.count - 1].status
        if undone.status == .waived { waivedReason = nil }
    }
}
