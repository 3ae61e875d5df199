import BeredskapCore
import Foundation

/// The Oppgaver screen's order: open tasks overdue first, then by deadline (none last), then the done and
/// cancelled ones in the order they were made.
public enum TaskList {
    public static func ordered(_ incident: Incident, now: Date) -> [IncidentTask] {
        let open = incident.tasks.filter(\.isOpen).enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.due ?? .distantFuture, rhs.element.due ?? .distantFuture)
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
        return open + incident.tasks.filter { !$0.isOpen }
    }

    public static func isOverdue(_ task: IncidentTask, at now: Date) -> Bool { task.isOpen && (task.due.map { $0 < now } ?? false) }
}
