import Foundation

/// Avvik (Normen 5.8.1): registered with the guide's fields, the system and cause category, and a risk assessment;
/// followed up with measures that carry their cost, the alternatives considered and who approved them; closed with
/// an assessment.
extension Decision {
    mutating func registerDeviation(_ report: DeviationReport, incident: IncidentID?) throws(Refusal) {
        if let incident, state[incident] == nil { throw .unknownIncident(incident) }
        try FreeText.require(report.what, field: "hva og hvor")
        try FreeText.require(report.immediateMeasures, field: "strakstiltak")
        try FreeText.require(report.possibleConsequence, field: "mulig konsekvens")
        try FreeText.require(report.howDetected, field: "hvordan oppdaget")
        try FreeText.require(report.roles.reporter, field: "melder")
        try FreeText.require(report.roles.handler, field: "behandler")
        try FreeText.require(report.roles.owner, field: "eier")
        try checkCause(system: report.system, category: report.category)
        if let risk = report.risk { try FreeText.require(risk.text, field: "risikovurdering") }
        emit(incident, .deviationRegistered(DeviationRegistered(deviation: state.nextDeviationID(year: year), report: report)))
    }

    mutating func recordDeviationCause(_ id: DeviationID, system: SystemID?, category: CategoryID?) throws(Refusal) {
        let deviation = try openDeviation(id)
        try checkCause(system: system, category: category)
        guard (system, category) != (deviation.report.system, deviation.report.category) else { throw .deviationCauseUnchanged(id) }
        emit(deviation.incident, .deviationCauseRecorded(DeviationCauseRecorded(deviation: id, system: system, category: category)))
    }

    mutating func assessDeviationRisk(_ id: DeviationID, _ risk: DeviationRisk) throws(Refusal) {
        let deviation = try openDeviation(id)
        try FreeText.require(risk.text, field: "risikovurdering")
        emit(deviation.incident, .deviationRiskAssessed(DeviationRiskAssessed(deviation: id, risk: risk)))
    }

    mutating func addDeviationMeasure(_ id: DeviationID, _ plan: MeasurePlan) throws(Refusal) {
        let deviation = try openDeviation(id)
        try FreeText.require(plan.text, field: "tiltak")
        try FreeText.require(plan.owner, field: "tiltaksansvarlig")
        try FreeText.check(plan.cost, field: "kostnad")
        try FreeText.check(plan.alternatives, field: "alternative tiltak")
        // A measure due before it is set is overdue from the start: a typing error, not a plan.
        guard plan.due >= at else { throw .measureDueInThePast(plan.due, organisation.timeZone) }
        if let approval = plan.approval { try check(approval) }
        emit(deviation.incident, .deviationMeasureAdded(DeviationMeasureAdded(
            deviation: id, measure: MeasureID("T\(deviation.measures.count + 1)"), plan: plan)))
    }

    mutating func approveDeviationMeasure(_ id: DeviationID, _ measure: MeasureID, _ approval: Approval) throws(Refusal) {
        let deviation = try openDeviation(id)
        guard let current = deviation.measure(measure) else { throw .unknownMeasure(measure) }
        if let given = current.plan.approval { throw .measureAlreadyApproved(measure, given, organisation.timeZone) }
        try check(approval)
        emit(deviation.incident, .deviationMeasureApproved(DeviationMeasureApproved(deviation: id, measure: measure, approval: approval)))
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

    private func openDeviation(_ id: DeviationID) throws(Refusal) -> Deviation {
        guard let deviation = state.deviation(id) else { throw .unknownDeviation(id) }
        guard deviation.isOpen else { throw .deviationClosed(id) }
        return deviation
    }

    /// The system must be in the register and the cause one of the organisation's categories: the repeat rule
    /// compares them, so a typing error would hide a repeat.
    private func checkCause(system: SystemID?, category: CategoryID?) throws(Refusal) {
        if let system, organisation.system(system) == nil { throw .unknownSystem(system) }
        if let category, organisation.category(category) == nil { throw .unknownCategory(category) }
    }

    /// Who approved, as a role title, and on a day that has come.
    private func check(_ approval: Approval) throws(Refusal) {
        try FreeText.require(approval.by, field: "godkjent av")
        let calendar = Timestamps.calendar(organisation.timeZone)
        guard calendar.startOfDay(for: approval.on) <= calendar.startOfDay(for: now) else {
            throw .approvalInTheFuture(approval.on, organisation.timeZone)
        }
    }
}
