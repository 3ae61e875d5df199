extension Organisation {
    /// The procedures that apply to an incident: those naming one of its affected systems (or a system in their
    /// blast radius) or its category. Empty until the incident is triaged. In the playbooks' order.
    public func procedures(for incident: Incident) -> [Procedure] {
        guard let triage = incident.triage else { return [] }
        let systems = Set(triage.systems + triage.dependents)
        return procedures.filter { procedure in
            procedure.categories.contains(triage.category) || procedure.systems.contains(where: systems.contains)
        }
    }

    /// The procedure a step id belongs to, among those that apply to the incident.
    public func procedure(containingStep step: String, for incident: Incident) -> Procedure? {
        procedures(for: incident).first { procedure in
            procedure.steps.values.contains { steps in steps.contains { $0.id == step } }
        }
    }
}
