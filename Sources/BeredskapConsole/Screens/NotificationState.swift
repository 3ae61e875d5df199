import BeredskapCore
import BeredskapStore

/// The Varsling screen's selected duty. Duties are only ever added, so a row keeps its meaning within one
/// incident; another incident's list starts from the top.
public struct NotificationState: Sendable {
    private var cursor = ListCursor<IncidentID>()

    public init() {}

    public func selected(in incident: Incident) -> Int { cursor.row(for: incident.id) }

    mutating func move(by step: Int, in incident: Incident) {
        cursor.move(by: step, count: incident.duties.count, for: incident.id)
    }

    /// The first duty still to do from the selected one on, else from the top.
    mutating func selectNextOutstanding(in incident: Incident) {
        let duties = incident.duties
        let from = selected(in: incident)
        let ahead = duties.indices.dropFirst(from).first { duties[$0].isOutstanding }
        cursor.select(ahead ?? duties.firstIndex(where: \.isOutstanding) ?? from, count: duties.count, for: incident.id)
    }

    /// After a save on Varsling, and said where the cursor went: a call that did not reach the person keeps it on
    /// them (they must be called again); anything that settles the duty («nådd», varsles ikke) moves it on to the
    /// next duty still to do.
    mutating func selectAfterSave(in incident: Incident, saved entries: [TimelineEntry]) -> String? {
        let duties = incident.duties
        let row = selected(in: incident)
        guard duties.indices.contains(row) else { return nil }
        let current = duties[row]
        let calledAgain = entries.contains { entry in
            guard case .callAttempted(let call)? = entry.event?.body else { return false }
            return call.duty == current.id && !call.outcome.fulfils
        }
        if calledAgain { return "markøren står på \(InertText.make(current.recipient)), som må ringes igjen" }
        selectNextOutstanding(in: incident)
        let next = duties[selected(in: incident)]
        guard next.isOutstanding else { return "ingen flere å varsle" }
        return next.id == current.id ? nil : "markøren gikk til neste: \(InertText.make(next.recipient))"
    }
}
