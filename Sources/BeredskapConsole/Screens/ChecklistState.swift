import BeredskapCore

/// The Sjekkliste screen's selected row. The list is the selected incident's steps for its current phase from
/// the procedures that apply, then its category's measures: another incident, the next phase, another form of
/// nøddrift or another category makes it another list, and Enter must never tick a step nobody looked at, so the selection then starts from the top.
public struct ChecklistState: Sendable {
    /// What the rows are: ticking a step changes none of it.
    struct Subject: Equatable, Sendable {
        var incident: IncidentID
        var phase: Phase
        var procedures: [ProcedureRef]
        var category: CategoryID?
    }

    private var cursor = ListCursor<Subject>()

    public init() {}

    /// The selected row of `rows`, the incident's checklist as `ChecklistRow.of` makes it.
    public func selected(in incident: Incident, _ rows: [ChecklistRow]) -> Int {
        cursor.row(for: Self.subject(incident, rows))
    }

    mutating func move(by step: Int, in incident: Incident, _ rows: [ChecklistRow]) {
        cursor.move(by: step, count: rows.count, for: Self.subject(incident, rows))
    }

    private static func subject(_ incident: Incident, _ rows: [ChecklistRow]) -> Subject {
        let procedures = rows.compactMap { row -> ProcedureRef? in
            switch row {
            case .step(let item): item.procedure.ref
            case .measuresHeading, .measure: nil
            }
        }
        return Subject(incident: incident.id, phase: incident.phase, procedures: procedures, category: incident.triage?.category)
    }
}
