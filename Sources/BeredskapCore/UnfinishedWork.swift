import Foundation

/// Something an incident still has open when it is about to close: the DO-CONFIRM list of the close dialog.
public enum UnfinishedItem: Sendable, Equatable, CustomStringConvertible {
    case criticalStep(ProcedureRef, Step)
    case task(IncidentTask)

    public var description: String {
        switch self {
        case .criticalStep(_, let step): "kritisk steg «\(step.text)»"
        case .task(let task): "oppgave \(task.id) «\(task.title)»"
        }
    }
}

extension State {
    /// Unticked critical steps of the phases the incident has been through (up to re-entry) in the procedures that
    /// apply, and open tasks. A step that stands in two alternative procedures (uten IS and delvis IS) is listed once.
    public func unfinishedWork(in incident: Incident) -> [UnfinishedItem] {
        let steps = NextActions.unticked(incident, in: self, phases: Phase.open.filter { $0 <= incident.phase })
        return steps.filter { $0.1.critical }.map(UnfinishedItem.criticalStep) + incident.tasks.filter(\.isOpen).map(UnfinishedItem.task)
    }
}
