import Foundation

/// Corrections (Normen 3, 5.2.1): a new event that points at the one it corrects; the corrected line is never
/// touched. Where the corrected line set a fact, the correction carries the right fact and the state follows it.
extension Decision {
    mutating func correct(seq: Int, incident id: IncidentID?, text: String, reason: String, fact: FactCorrection?) throws(Refusal) {
        guard state.lastSeq > 0, (1...state.lastSeq).contains(seq) else { throw .unknownSeq(seq, last: state.lastSeq) }
        if let id { try lookup(id, for: "korriger", in: Phase.allCases) }
        try FreeText.require(text, field: "korrigering")
        try FreeText.require(reason, field: "begrunnelse")
        var corrected: CorrectedFact?
        if let fact { corrected = try recordedFact(fact, at: seq, in: id) }
        emit(id, .entryCorrected(EntryCorrected(corrects: seq, text: text, reason: reason, fact: corrected)))
    }

    /// The fact as the journal will record it, once it is clear that `seq` recorded what the correction says.
    private func recordedFact(_ fact: FactCorrection, at seq: Int, in id: IncidentID?) throws(Refusal) -> CorrectedFact {
        guard let id, let incident = state[id] else { throw .factNeedsIncident }
        guard incident.phase.isOpen else { throw .factCorrectionClosed(id) }
        switch fact {
        case .callOutcome(let dutyID, let outcome):
            guard let duty = incident.duty(dutyID) else { throw .unknownDuty(dutyID) }
            guard let attempt = duty.attempts.first(where: { $0.seq == seq }) else { throw .noCallAt(seq, recipient: duty.recipient) }
            guard attempt.outcome != outcome else { throw .callOutcomeUnchanged(seq, outcome) }
            return .callOutcome(duty: dutyID, recipient: duty.recipient, outcome: outcome)

        case .untickStep(let procedure, let step):
            guard incident.completedSteps[procedure]?[step]?.seq == seq else {
                throw .noStepTickAt(seq, step: organisation.stepText(procedure.id, step))
            }
            return .stepUnticked(procedure: procedure, step: step)

        case .moveFormBack(let serial):
            guard let form = incident.form(serial) else { throw .unknownForm(serial) }
            // The issue itself (the first entry) is not a step to go back from.
            guard let index = form.history.lastIndex(where: { $0.seq == seq }), index > 0 else { throw .noFormChangeAt(seq, serial) }
            guard index == form.history.count - 1 else { throw .formMovedOnSince(serial, seq: seq, status: form.status) }
            return .formMovedBack(serial: serial, to: form.history[index - 1].status)

        case .triageRedone(let newer):
            guard incident.triageSeqs.contains(seq) else { throw .noTriageAt(seq, id) }
            guard newer > seq, incident.triageSeqs.contains(newer) else { throw .triageNotRedone(seq, by: newer) }
            return .triageRedone(by: newer)
        }
    }
}
