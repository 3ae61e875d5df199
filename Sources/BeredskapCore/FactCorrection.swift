import Foundation

/// The fact a correction sets right, as a person asks for it: what to find at the corrected seq, and the right value.
/// Core checks that the corrected seq really recorded that fact before anything is written.
public enum FactCorrection: Sendable, Equatable {
    /// The call attempt on this duty recorded at the corrected seq had another outcome.
    case callOutcome(DutyID, CallOutcome)
    /// The step ticked at the corrected seq was not done: it is open again.
    case untickStep(ProcedureRef, StepID)
    /// The form moved at the corrected seq goes back to the status it had before.
    case moveFormBack(FormSerial)
    /// The triage at the corrected seq was wrong; the later triage at `seq` replaces it.
    case triageRedone(by: Int)
}

/// The fact a correction set right, as the journal records it, with the names a reader needs.
public enum CorrectedFact: Sendable, Equatable {
    case callOutcome(duty: DutyID, recipient: String, outcome: CallOutcome)
    case stepUnticked(procedure: ProcedureRef, step: StepID)
    /// `to` is the status the form went back to.
    case formMovedBack(serial: FormSerial, to: FormStatus)
    /// `by` is the seq of the triage that replaces the corrected one.
    case triageRedone(by: Int)
}

/// Written as a flat object with a stable `kind`, so renaming a Swift case never orphans a journal line.
extension CorrectedFact: Codable {
    private enum Kind: String, Codable {
        case callOutcome = "call-outcome"
        case stepUnticked = "step-unticked"
        case formMovedBack = "form-moved-back"
        case triageRedone = "triage-redone"
    }

    private enum CodingKeys: String, CodingKey {
        case kind, duty, recipient, outcome, procedure, step, serial, status, triage
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .callOutcome:
            self = .callOutcome(duty: try c.decode(DutyID.self, forKey: .duty), recipient: try c.decode(String.self, forKey: .recipient),
                                outcome: try c.decode(CallOutcome.self, forKey: .outcome))
        case .stepUnticked:
            self = .stepUnticked(procedure: try c.decode(ProcedureRef.self, forKey: .procedure), step: try c.decode(StepID.self, forKey: .step))
        case .formMovedBack:
            self = .formMovedBack(serial: try c.decode(FormSerial.self, forKey: .serial), to: try c.decode(FormStatus.self, forKey: .status))
        case .triageRedone:
            self = .triageRedone(by: try c.decode(Int.self, forKey: .triage))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .callOutcome(let duty, let recipient, let outcome):
            try c.encode(Kind.callOutcome, forKey: .kind)
            try c.encode(duty, forKey: .duty)
            try c.encode(recipient, forKey: .recipient)
            try c.encode(outcome, forKey: .outcome)
        case .stepUnticked(let procedure, let step):
            try c.encode(Kind.stepUnticked, forKey: .kind)
            try c.encode(procedure, forKey: .procedure)
            try c.encode(step, forKey: .step)
        case .formMovedBack(let serial, let status):
            try c.encode(Kind.formMovedBack, forKey: .kind)
            try c.encode(serial, forKey: .serial)
            try c.encode(status, forKey: .status)
        case .triageRedone(let seq):
            try c.encode(Kind.triageRedone, forKey: .kind)
            try c.encode(seq, forKey: .triage)
        }
    }
}

extension CorrectedFact {
    /// What was set right, in Norwegian, naming the step by its text where the organisation knows it.
    func summary(in organisation: Organisation) -> String {
        switch self {
        case .callOutcome(_, let recipient, let outcome):
            "anropet til \(recipient) satt til «\(outcome.word)»"
        case .stepUnticked(let procedure, let step):
            "steget «\(organisation.stepText(procedure.id, step))» i \(organisation.procedureTitle(procedure.id)) er åpnet igjen"
        case .formMovedBack(let serial, let status):
            "papirskjema \(serial) er satt tilbake til «\(status.rawValue)»"
        case .triageRedone(let seq):
            "vurderingen er erstattet av ny vurdering i nr. \(seq)"
        }
    }
}

extension Organisation {
    /// A step's text, or its id when the playbooks no longer hold it.
    func stepText(_ procedure: ProcedureID, _ step: StepID) -> String {
        self.procedure(procedure)?.steps.values.joined().first { $0.id == step }?.text ?? step.rawValue
    }

    /// A procedure's title, or its id when the playbooks no longer hold it.
    func procedureTitle(_ procedure: ProcedureID) -> String {
        self.procedure(procedure)?.title ?? procedure.rawValue
    }
}
