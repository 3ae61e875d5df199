import Foundation

/// Decisions that draw on the organisation's register: triage, and the duties a level or a category brings.
extension Decision {
    var organisation: Organisation { state.organisation }

    /// Vurdert (2a): the register gives the blast radius and the max outage time; the rules suggest a level.
    /// Without a register (an empty organisation) the assessment is taken as typed.
    mutating func triage(_ id: IncidentID, _ input: TriageInput) throws(Refusal) {
        try lookup(id, for: "vurder", in: Phase.open)
        guard !input.systems.isEmpty else { throw .noSystems }
        try FreeText.require(input.consequence, field: "konsekvens")
        var dependents: [SystemID] = []
        var maxOutage = input.maxOutage
        var rank: Int?
        if !organisation.systems.isEmpty {
            for system in input.systems where organisation.system(system) == nil { throw .unknownSystem(system) }
            dependents = organisation.blastRadius(of: input.systems)
            let strictest = organisation.strictest(input.systems + dependents)
            maxOutage = maxOutage ?? strictest.maxOutage
            rank = strictest.rank
        }
        if !organisation.categories.isEmpty, organisation.category(input.category) == nil {
            throw .unknownCategory(input.category)
        }
        let suggested = LevelSuggestion.suggest(severity: input.severity, expected: input.expectedDuration,
                                                maxOutage: maxOutage, criticalRank: rank)
        emit(id, .incidentTriaged(IncidentTriaged(
            systems: input.systems, dependents: dependents, category: input.category, severity: input.severity,
            consequence: input.consequence, affected: input.affected, expectedDuration: input.expectedDuration,
            maxOutage: maxOutage, suggestedLevel: suggested)))
        if let category = organisation.category(input.category) {
            try require(category.notify, in: id)
            try requireDecision(on: category.consider, in: id)
        }
    }

    /// Entering a level (2c): its notifications and tasks start now, with their deadlines, in the incident behind it.
    mutating func startLevel(_ level: ReadinessLevel, in id: IncidentID) throws(Refusal) {
        guard let definition = organisation.level(level), let incident = state[id] else { return }
        try require(definition.notify, in: id)
        for (offset, task) in definition.tasks.enumerated() {
            emit(id, .taskAssigned(TaskAssigned(task: TaskID("O\(incident.tasks.count + offset + 1)"), title: task.title,
                                                role: task.role, due: at.addingTimeInterval(task.within.seconds),
                                                doneBy: task.doneBy)))
        }
    }

    /// Notification duties for contacts the incident does not already have one for.
    private mutating func require(_ rules: [NotifyRule], in id: IncidentID) throws(Refusal) {
        guard let incident = state[id] else { return }
        var known = knownContacts(in: incident)
        var number = incident.duties.count + pendingDuties(in: id).count
        for rule in rules where known.insert(rule.contact).inserted {
            number += 1
            let contact = organisation.contact(rule.contact)
            let recipient = contact?.recipientLabel ?? rule.contact.rawValue
            emit(id, .notificationRequired(NotificationRequired(
                duty: DutyID("V\(number)"), recipient: recipient, contact: rule.contact,
                due: at.addingTimeInterval(rule.within.seconds), mandatory: true)))
        }
    }

    /// Bodies to consider: a duty with no deadline that is settled by notifying or by declining with a reason.
    private mutating func requireDecision(on contacts: [ContactID], in id: IncidentID) throws(Refusal) {
        guard let incident = state[id] else { return }
        var known = knownContacts(in: incident)
        for contact in contacts where known.insert(contact).inserted {
            let label = organisation.contact(contact)?.recipientLabel ?? contact.rawValue
            emit(id, .notificationRequired(NotificationRequired(
                duty: DutyID("V\(incident.duties.count + pendingDuties(in: id).count + 1)"), recipient: "Vurder: \(label)",
                contact: contact, due: nil, mandatory: true)))
        }
    }

    /// Duties this decision has already emitted for the incident (not yet folded into the state).
    private func pendingDuties(in id: IncidentID) -> [NotificationRequired] {
        events.compactMap {
            guard $0.incident == id, case .notificationRequired(let duty) = $0.body else { return nil }
            return duty
        }
    }

    /// Contacts the incident already has a duty for, recorded or about to be.
    private func knownContacts(in incident: Incident) -> Set<ContactID> {
        Set(incident.duties.compactMap(\.contact) + pendingDuties(in: incident.id).compactMap(\.contact))
    }
}
