import BeredskapCore

extension MappingReader {
    /// `done_by`: the event that completes a step or a task when it is journaled. The role, template or form it
    /// names must exist, like any other reference.
    func fulfilment(_ key: String = "done_by") -> Fulfilment? {
        guard let text = text(key) else { return nil }
        guard let fulfilment = Fulfilment(text.value) else {
            context.lint.error("«\(text.value)» i «\(key)» for \(label) er ikke en hendelse Beredskap kjenner", at: text.location,
                               hint: "skriv en av: \(Fulfilment.syntax) (f.eks. «role:loggforer»)")
            return nil
        }
        let argument = Located(value: String(text.value.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces),
                               location: text.location)
        switch fulfilment {
        case .roleAppointed: context.registry.refer(to: .role, argument, from: key)
        case .messageSent(.some): context.registry.refer(to: .template, argument, from: key)
        case .formsIssued(.some): context.registry.refer(to: .form, argument, from: key)
        case .opened, .triage, .levelDecided, .controlConfirmed, .messageSent(nil), .formsIssued(nil), .phaseReached: break
        }
        return fulfilment
    }
}
