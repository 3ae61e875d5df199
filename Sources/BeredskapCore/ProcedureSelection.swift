extension Organisation {
    /// The procedures that apply to an incident, narrowest match first: those naming one of its affected
    /// systems and its category; else those naming an affected system; else those for its category. Systems
    /// only in the blast radius do not count, so a checklist holds the steps for what is actually down. Once a
    /// form of emergency operation is active (Normen 5.9: uten IS or delvis IS), only its procedures remain.
    /// Empty until the incident is triaged. In the playbooks' order.
    public func procedures(for incident: Incident) -> [Procedure] {
        guard let triage = incident.triage, !procedures.isEmpty else { return [] }
        // A triage names a few systems and a procedure a few: comparing them pairwise beats hashing into a set,
        // and this runs for every event that fulfils something.
        let bySystem = procedures.filter { $0.systems.contains(where: triage.systems.contains) }
        let byBoth = bySystem.filter { $0.categories.contains(triage.category) }
        let matching = !byBoth.isEmpty ? byBoth : !bySystem.isEmpty ? bySystem : procedures.filter { $0.categories.contains(triage.category) }
        let inMode = matching.filter { incident.activeFallbacks.contains($0.mode) }
        return inMode.isEmpty ? matching : inMode
    }

    /// The procedures applying to `incident` that have a step `step`: one, or several when two procedures use the
    /// same step id (then a step is named `procedure/step`).
    public func procedures(containingStep step: StepID, for incident: Incident) -> [Procedure] {
        procedures(for: incident).filter { procedure in
            procedure.steps.values.contains { steps in steps.contains { $0.id == step } }
        }
    }
}
