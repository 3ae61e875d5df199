import Foundation

/// An avvik as lines of Norwegian text, free text made inert and days on the organisation's clock: the one wording
/// `avvik list`, `avvik show` and the console's Avvik screen share. Callers indent as their layout needs.
public struct DeviationText: Sendable {
    public let state: State
    public let now: Date

    public init(state: State, now: Date) {
        self.state = state
        self.now = now
    }

    private var organisation: Organisation { state.organisation }
    private func day(_ date: Date) -> String { Timestamps.day(date, timeZone: organisation.timeZone) }

    /// `A-2026-001  [åpent]  EPJ nede i 5 timer  (fra H-2026-001)`.
    public func heading(_ deviation: Deviation) -> String {
        "\(deviation.id)  [\(deviation.isOpen ? "åpent" : "lukket")]  \(InertText.make(deviation.report.what))"
            + (deviation.incident.map { "  (fra \($0))" } ?? "")
    }

    /// `system: DIPS Arena · årsak: Strømbrudd · risiko: høy`, what of it is known; nil when nothing is.
    public func facts(_ deviation: Deviation) -> String? {
        let facts = [deviation.report.system.map { "system: " + (organisation.system($0)?.name ?? $0.rawValue) },
                     deviation.report.category.map { "årsak: " + (organisation.category($0)?.name ?? $0.rawValue) },
                     deviation.report.risk.map { "risiko: \($0.level.rawValue)" }].compactMap { $0 }
        return facts.isEmpty ? nil : InertText.make(facts.joined(separator: " · "))
    }

    /// The risk assessment in full, or how to make one.
    public func risk(_ deviation: Deviation) -> String {
        deviation.report.risk.map { risk in
            "Risiko \(risk.grading), vurdert \(deviation.riskAssessedAt.map(day) ?? "–"): \(InertText.make(risk.text))"
        } ?? "Risiko ikke vurdert"
    }

    /// A measure: status and deadline (FORSINKET when overdue), what and who; then its cost and approval; then the
    /// alternatives considered, when written.
    public func measure(_ measure: DeviationMeasure) -> [String] {
        let late = measure.isOverdue(at: now) ? "FORSINKET " : ""
        let plan = measure.plan
        var lines = ["\(late)\(measure.id) \(measure.status.rawValue), frist \(day(plan.due)): \(InertText.make(plan.text)) "
            + "(\(InertText.make(plan.owner)))"]
        lines.append(([plan.cost.map { "kostnad: " + InertText.make($0) }]
            + ["godkjent: " + (plan.approval.map { "\(InertText.make($0.by)) \(day($0.on))" } ?? "ikke ennå")])
            .compactMap { $0 }.joined(separator: " · "))
        if let alternatives = plan.alternatives { lines.append("alternativer vurdert: " + InertText.make(alternatives)) }
        return lines
    }

    /// `measure` as a block under its avvik: the first line indented two, the rest under its text.
    public func indented(_ measure: DeviationMeasure) -> [String] {
        self.measure(measure).enumerated().map { ($0.offset == 0 ? "  " : "     ") + $0.element }
    }

    /// Everything recorded: the form's fields and roles, the repeat warning, the risk, the measures, the closing.
    public func detail(_ deviation: Deviation) -> [String] {
        let report = deviation.report
        var lines = [heading(deviation)] + (facts(deviation).map { [$0] } ?? [])
            + (state.repeatWarning(for: deviation).map { [InertText.make($0)] } ?? [])
        lines += [
            "Registrert: \(Timestamps.local(deviation.registeredAt, timeZone: organisation.timeZone))",
            "Strakstiltak: " + InertText.make(report.immediateMeasures),
            "Mulig konsekvens: " + InertText.make(report.possibleConsequence),
            "Oppdaget: " + InertText.make(report.howDetected),
            "Berørt: " + (report.affected.isEmpty ? "ikke oppgitt" : report.affected.map(\.rawValue).joined(separator: ", ")),
            "Årsaksnivå: \(report.cause.rawValue)",
            "Melder: \(InertText.make(report.roles.reporter)) · behandler: \(InertText.make(report.roles.handler)) · "
                + "eier: \(InertText.make(report.roles.owner))",
            risk(deviation),
            deviation.measures.isEmpty ? "Tiltak: ingen ennå" : "Tiltak:",
        ]
        lines += deviation.measures.flatMap(indented)
        if let closing = deviation.closing {
            lines.append("Lukket \(deviation.closedAt.map(day) ?? ""): " + InertText.make(closing.assessment))
        }
        return lines
    }
}
