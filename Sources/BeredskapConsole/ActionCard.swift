import BeredskapCore

/// The tiltakskort the Oppgaver screen shows: the first actions at the current level of the selected task's role,
/// or, with no task selected, of the role the operator holds (factsheet 2e).
struct ActionCard: Equatable {
    var role: RoleDefinition
    var level: ReadinessLevel
    var actions: [String]

    static func of(_ model: ConsoleModel, _ incident: Incident) -> ActionCard? {
        let level = model.state.level
        guard level.isRaised else { return nil }
        let tasks = TaskList.ordered(incident, now: model.now)
        let selected = tasks.dropFirst(model.tasks.row(for: incident.id)).first?.role
        let held = model.state.roles.first { $0.value == model.operatorName.rawValue }?.key
        guard let id = selected ?? held, let role = model.state.organisation.role(id) else { return nil }
        let actions = role.actionCard(for: level)
        return actions.isEmpty ? nil : ActionCard(role: role, level: level, actions: actions)
    }
}
