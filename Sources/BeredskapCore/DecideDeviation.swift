import Foundation

/// Avvik (Normen 5.8.1): registered with the guide's fields, followed up with measures, closed with an assessment.
extension Decision {
    mutating func addDeviationMeasure(_ id: DeviationID, text: String, owner: String, due: Date) throws(Refusal) {
            let deviation = try openDeviation(id)
            try FreeText.require(text, field: "tiltak")
            try FreeText.require(owner, field: "tiltaksansvarlig")
            // A measure due before it is set is overdue from the start: a typing error, not a plan.
            guard due >= at else { throw .measureDueInThePast(due, organisation.timeZone) }
            emit(deviation.incident, .deviationMeasureAdded(DeviationMeasureAdded(
                deviation: id, measure: MeasureID("T\(deviation.measures.count + 1)"), text: text, owner: owner, due: due)))
    }

    mutating func updateDeviationMeasure(_ id: DeviationID, _ measure: MeasureID, status: MeasureStatus, note: String?) throws(Refusal) {
            let deviation = try openDeviation(id)
            guard let current = deviation.measure(measure) else { throw .unknownMeasure(measure) }
            guard !current.status.isSettled else { throw .measureSettled(measure) }
            if status == .dropped { try FreeText.require(note ?? "", field: "begrunnelse") }
            try FreeText.check(note, field: "merknad")
            emit(deviation.incident, .deviationMeasureUpdated(DeviationMeasureUpdated(
                deviation: id, measure: measure, status: status, note: note)))
    }

    mutating func closeDeviation(_ id: DeviationID, assessment: String) throws(Refusal) {
            let deviation = try openDeviation(id)
            let open = deviation.measures.filter { !$0.status.isSettled }.map(\.id)
            guard open.isEmpty else { throw .openMeasures(id, open) }
            try FreeText.require(assessment, field: "avsluttende vurdering")
            emit(deviation.incident, .deviationClosed(DeviationClosed(deviation: id, assessment: assessment)))
    }

    mutating func registerDeviation(_ report: DeviationReport, incident: IncidentID?) throws(Refusal) {
        if let incident, state[incident] == nil { throw .unknownIncident(incident) }
        try FreeText.require(report.what, field: "hva og hvor")
        try FreeText.require(report.immediateMeasures, field: "strakstiltak")
        try FreeText.require(report.possibleConsequence, field: "mulig konsekvens")
        try FreeText.require(report.howDetected, field: "hvordan oppdaget")
        try FreeText.require(report.roles.reporter, field: "melder")
        try FreeText.require(report.roles.handler, field: "behandler")
        try FreeText.require(report.roles.owner, field: "eier")
        emit(incident, .deviationRegistered(DeviationRegistered(deviation: state.nextDeviationID(year: year), report: report)))
    }

    private func openDeviation(_ id: DeviationID) throws(Refusal) -> Deviation {
        guard let deviation = state.deviation(id) else { throw .unknownDeviation(id) }
        guard deviation.isOpen else { throw .deviationClosed(id) }
        return deviation
    }
}
