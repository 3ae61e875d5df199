import BeredskapCore

/// One step of the current phase's checklist, with the procedure it belongs to and whether it is ticked.
public struct ChecklistItem: Equatable, Sendable {
    public var procedure: Procedure
    public var step: Step
    public var done: Bool
}

/// The selected incident's checklist: the steps for its phase from every procedure that applies, critical first
/// within each procedure (the procedure's own order otherwise).
public enum ChecklistItems {
    public static func of(_ incident: Incident, in organisation: Organisation) -> [ChecklistItem] {
        organisation.procedures(for: incident).flatMap { procedure in
            let done = incident.completedSteps[procedure.ref] ?? []
            return procedure.checklist(for: incident.phase).map {
                ChecklistItem(procedure: procedure, step: $0, done: done.contains($0.id))
            }
        }
    }
}
