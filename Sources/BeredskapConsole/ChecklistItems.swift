import BeredskapCore
import Foundation

/// One step of the current phase's checklist, with the procedure it belongs to, who ticked it and when,
/// and its deadline (counted from when the phase began).
public struct ChecklistItem: Equatable, Sendable {
    public var procedure: Procedure
    public var step: Step
    public var tick: StepTick?
    public var due: Date?

    public var done: Bool { tick != nil }
    public func isOverdue(at now: Date) -> Bool { !done && (due.map { $0 < now } ?? false) }
}

/// The selected incident's checklist: the steps for its phase from every procedure that applies, critical
/// ones first, otherwise in the procedures' own order, and the gate steps (`last`) at the very end. Ticking does
/// not move a step, so the cursor stays put.
public enum ChecklistItems {
    public static func of(_ incident: Incident, in organisation: Organisation, now: Date) -> [ChecklistItem] {
        let items = organisation.procedures(for: incident).flatMap { procedure in
            let ticks = incident.completedSteps[procedure.ref] ?? [:]
            return procedure.checklist(for: incident.phase).map {
                ChecklistItem(procedure: procedure, step: $0, tick: ticks[$0.id],
                              due: $0.within.map { incident.phaseSince.addingTimeInterval($0.seconds) })
            }
        }
        return Procedure.checklistOrder(items, step: \.step)
    }
}
