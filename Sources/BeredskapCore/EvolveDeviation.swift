import Foundation

extension State {
    /// Folds the avvik events; like the rest of `evolve`, an event that does not fit changes nothing.
    mutating func applyDeviation(_ body: EventBody, incident: IncidentID?, at: Date) {
        switch body {
        case .deviationRegistered(let p):
            guard deviation(p.deviation) == nil else { return }
            deviations.append(Deviation(id: p.deviation, incident: incident, registeredAt: at, report: p.report,
                                        riskAssessedAt: p.report.risk == nil ? nil : at))
        case .deviationMeasureAdded(let p):
            updateDeviation(p.deviation) { $0.measures.append(p.decided) }
        case .deviationMeasureUpdated(let p):
            updateMeasure(p.measure, of: p.deviation) { measure in
                measure.status = p.status
                if let note = p.note { measure.notes.append(note) }
            }
        case .deviationMeasureApproved(let p):
            updateMeasure(p.measure, of: p.deviation) { $0.plan.approval = p.approval }
        case .deviationRiskAssessed(let p):
            updateDeviation(p.deviation) {
                $0.report.risk = p.risk
                $0.riskAssessedAt = at
            }
        case .deviationCauseRecorded(let p):
            updateDeviation(p.deviation) {
                $0.report.system = p.system
                $0.report.category = p.category
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

    private mutating func updateMeasure(_ id: MeasureID, of deviation: DeviationID, _ change: (inout DeviationMeasure) -> Void) {
        updateDeviation(deviation) { deviation in
            if let i = deviation.measures.firstIndex(where: { $0.id == id }) { change(&deviation.measures[i]) }
        }
    }
}
