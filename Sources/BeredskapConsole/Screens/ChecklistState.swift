import BeredskapCore

/// The Sjekkliste screen's selected step. The list is the selected incident's steps for its current phase from
/// the procedures that apply: another incident, the next phase or another form of nøddrift makes it another
/// list, and Enter must never tick a step nobody looked at, so the selection then starts from the top.
public struct ChecklistState: Sendable {
    /// What the rows are: ticking a step changes none of it.
    struct Subject: Equatable, Sendable {
        var incident: IncidentID
        var phase: Phase
        var procedures: [ProcedureRef]
    }

    private var cursor = ListCursor<Subject>()

    public init() {}

    /// The selected row of `items`, the incident's checklist as `ChecklistItems` makes it.
    public func selected(in incident: Incident, _ items: [ChecklistItem]) -> Int {
        cursor.row(for: Self.subject(incident, items))
    }

    mutating func move(by step: Int, in incident: Incident, _ items: [ChecklistItem]) {
        cursor.move(by: step, count: items.count, for: Self.subject(incident, items))
    }

    private static func subject(_ incident: Incident, _ items: [ChecklistItem]) -> Subject {
        Subject(incident: incident.id, phase: incident.phase, procedures: items.map(\.procedure.ref))
    }
}
