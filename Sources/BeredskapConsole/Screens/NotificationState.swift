import BeredskapCore

/// The Varsling screen's selected duty. Duties are only ever added, so a row keeps its meaning within one
/// incident; another incident's list starts from the top.
public struct NotificationState: Sendable {
    private var cursor = ListCursor<IncidentID>()

    public init() {}

    public func selected(in incident: Incident) -> Int { cursor.row(for: incident.id) }

    mutating func move(by step: Int, in incident: Incident) {
        cursor.move(by: step, count: incident.duties.count, for: incident.id)
    }

    /// The first duty still to do from the selected one on, else from the top: after «nådd», on to the next.
    mutating func selectNextOutstanding(in incident: Incident) {
        let duties = incident.duties
        let from = selected(in: incident)
        let ahead = duties.indices.dropFirst(from).first { duties[$0].isOutstanding }
        cursor.select(ahead ?? duties.firstIndex(where: \.isOutstanding) ?? from, count: duties.count, for: incident.id)
    }
}
