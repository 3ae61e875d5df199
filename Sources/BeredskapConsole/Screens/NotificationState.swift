import BeredskapCore
import BeredskapStore

/// The Varsling screen's selected duty among `NotificationList.rows`. A row keeps its meaning within one incident
/// until its duty is settled and moves down among the settled ones; then the cursor goes to the first call still to
/// make, which is the top row. Another incident's list starts from the top.
public struct NotificationState: Sendable {
    private var cursor = ListCursor<IncidentID>()

    public init() {}

    public func selected(in incident: Incident) -> Int { cursor.row(for: incident.id) }

    mutating func move(by step: Int, in incident: Incident) {
        cursor.move(by: step, count: NotificationList.rows(incident).count, for: incident.id)
    }

    /// The first duty still to do from the selected one on, else from the top.
    mutating func selectNextOutstanding(in incident: Incident) {
        let duties = NotificationList.rows(incident)
        let from = selected(in: incident)
        let ahead = duties.indices.dropFirst(from).first { duties[$0].isOutstanding }
        cursor.select(ahead ?? duties.firstIndex(where: \.isOutstanding) ?? from, count: duties.count, for: incident.id)
    }

    /// After a save on Varsling, and said where the cursor went: a call that did not reach the person keeps it on
    /// them (they must be called again); anything that settles the duty («nådd», varsles ikke) moves it on to the
    /// first call still to make. `incident` is the state after the save.
    mutating func selectAfterSave(in incident: Incident, saved entries: [TimelineEntry]) -> String? {
        let rows = NotificationList.rows(incident)
        let unanswered = entries.lazy.compactMap { entry -> DutyID? in
            guard case .callAttempted(let call)? = entry.event?.body, !call.outcome.fulfils else { return nil }
            return call.duty
        }.first
        if let unanswered, let row = rows.firstIndex(where: { $0.id == unanswered }) {
            cursor.select(row, count: rows.count, for: incident.id)
            return "markøren står på \(InertText.make(rows[row].recipient)), som må ringes igjen"
        }
        guard let next = rows.firstIndex(where: \.isOutstanding) else { return "ingen flere å varsle" }
        cursor.select(next, count: rows.count, for: incident.id)
        return "markøren gikk til neste: \(InertText.make(rows[next].recipient))"
    }
}
