import Foundation

/// The management report's avvik (Normen 5.8.1: status reports to management on avvik handling): figures, and each
/// avvik of the period with its system and cause, its risk, whether it repeats an earlier one, and its measures with
/// cost, the alternatives considered and who approved them.
extension ManagementReport {
    public struct DeviationLine: Sendable, Equatable, Encodable {
        public var deviation: Deviation
        /// The system's name; in the supervisory edition its class.
        public var system: String?
        public var cause: String?
        /// Set when the avvik repeats an earlier one: «vurder ny risikovurdering».
        public var repeats: DeviationRepeat?
        /// Measures past their deadline when the report was made.
        public var overdue: Set<MeasureID>
    }

    static func deviations(_ state: State, from: Date, to: Date, now: Date) -> (DeviationFigures, [DeviationLine]) {
        var figures = DeviationFigures()
        var lines: [DeviationLine] = []
        for deviation in state.deviations where deviation.registeredAt >= from && deviation.registeredAt < to {
            if deviation.isOpen { figures.open += 1 } else { figures.closed += 1 }
            for measure in deviation.measures {
                if measure.status.isSettled { figures.measuresDone += 1 } else { figures.measuresOpen += 1 }
                if measure.isOverdue(at: now) { figures.measuresOverdue += 1 }
            }
            let repeats = state.repeatOf(deviation)
            if repeats != nil { figures.repeated += 1 }
            if deviation.report.risk == nil { figures.withoutRisk += 1 }
            lines.append(DeviationLine(deviation: deviation,
                                       system: deviation.report.system.map { state.organisation.system($0)?.name ?? $0.rawValue },
                                       cause: deviation.report.category.map { state.organisation.category($0)?.name ?? $0.rawValue },
                                       repeats: repeats,
                                       overdue: Set(deviation.measures.filter { $0.isOverdue(at: now) }.map(\.id))))
        }
        return (figures, lines)
    }
}

extension ManagementReport.DeviationLine {
    /// Descriptions can name the products the redaction hides: what happened, the risk, the measures, the alternatives,
    /// notes and the closing are left out, and the system is named by its class. Ids, risk levels, estimated costs,
    /// approvals (roles), deadlines and statuses stay: they are what the edition reports.
    func redacted(organisation: Organisation) -> Self {
        let omitted = "(utelatt i tilsynsutgaven)"
        let className = deviation.report.system.map { "System i klassen «\(ManagementReport.className(of: $0, in: organisation))»" }
        var copy = self
        copy.system = className
        copy.deviation.report.system = nil
        copy.deviation.report.what = omitted
        copy.deviation.report.immediateMeasures = omitted
        copy.deviation.report.possibleConsequence = omitted
        copy.deviation.report.howDetected = omitted
        copy.deviation.report.risk?.text = omitted
        copy.deviation.closing?.assessment = omitted
        copy.deviation.measures = deviation.measures.map { measure in
            var hidden = measure
            hidden.plan.text = omitted
            hidden.plan.alternatives = measure.plan.alternatives.map { _ in omitted }
            hidden.notes = measure.notes.map { _ in omitted }
            return hidden
        }
        copy.repeats?.system = className ?? ""
        copy.repeats?.riskAssessment = nil
        return copy
    }
}
