import Foundation

extension State {
    /// Folds the avvik events; like the rest of `evolve`, an event that does not fit changes nothing.
    mutating func applyDeviation(_ body: EventBody, incident: IncidentID?, at: Date) {
        switch body {
        case .deviationRegistered(let p):
            guard deviation(p.deviation) == nil else { return }
            deviations.append(Deviation(id: p.deviation, incident: incident, registeredAt: at, report: p.report))
        case .deviationMeasureAdded(let p):
            updateDeviation(p.deviation) {
                $0.measures.append(DeviationMeasure(id: p.measure, text: p.text, owner: p.owner, due: p.due))
            }
        case .deviationMeasureUpdated(let p):
            updateDeviation(p.deviation) { deviation in
                guard let i = deviation.measures.firstIndex(where: { $0.id == p.measure }) else { return }
                deviation.measures[i].status = p.status
                if let note = p.note { deviation.measures[i].notes.append(note) }
            }
        case .deviationClosed(let p):
            updateDeviation(p.deviation) {
                $0.closing = p
                $0.closedAt = at
            }
        default:
            return
        }
    }

    private mutating func updateDeviation(_ id: DeviationID, _ change: (inout Deviation) -> Void) {
        if let i = deviations.firstIndex(where: { $0.id == id }) { change(&deviations[i]) }
    }
}
