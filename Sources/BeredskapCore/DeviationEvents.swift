import Foundation

/// An avvik is registered (Normen 5.8.1; internal-control guide 2.4), on its own or from an incident.
public struct DeviationRegistered: EventPayload {
    public static let type = "avvik.registered"
    public var body: EventBody { .deviationRegistered(self) }
    public var deviation: DeviationID
    public var report: DeviationReport
    public init(deviation: DeviationID, report: DeviationReport) {
        self.deviation = deviation
        self.report = report
    }
}

/// A measure is decided for a deviation: who carries it out and by when, its cost, the alternatives considered,
/// and who approved it when that was given at once. The plan's fields are written flat, not as a nested `plan`,
/// because journals from before cost and approval hold them so.
public struct DeviationMeasureAdded: EventPayload {
    public static let type = "avvik.measure-added"
    public var body: EventBody { .deviationMeasureAdded(self) }
    public var deviation: DeviationID
    public var measure: MeasureID
    public var text: String
    public var owner: String
    public var due: Date
    public var cost: String?
    public var alternatives: String?
    public var approval: Approval?

    public init(deviation: DeviationID, measure: MeasureID, plan: MeasurePlan) {
        self.deviation = deviation
        self.measure = measure
        text = plan.text
        owner = plan.owner
        due = plan.due
        cost = plan.cost
        alternatives = plan.alternatives
        approval = plan.approval
    }

    /// The measure as it stands when it is decided.
    var decided: DeviationMeasure {
        DeviationMeasure(id: measure, plan: MeasurePlan(text: text, owner: owner, due: due, cost: cost, alternatives: alternatives,
                                                         approval: approval))
    }
}

/// A measure decided earlier is approved (vedtatt) by the person or body that may approve it, on a given day.
public struct DeviationMeasureApproved: EventPayload {
    public static let type = "avvik.measure-approved"
    public var body: EventBody { .deviationMeasureApproved(self) }
    public var deviation: DeviationID
    public var measure: MeasureID
    public var approval: Approval
    public init(deviation: DeviationID, measure: MeasureID, approval: Approval) {
        self.deviation = deviation
        self.measure = measure
        self.approval = approval
    }
}

/// The avvik's risk is assessed (again): it replaces the one shown, and the journal keeps the earlier ones.
public struct DeviationRiskAssessed: EventPayload {
    public static let type = "avvik.risk-assessed"
    public var body: EventBody { .deviationRiskAssessed(self) }
    public var deviation: DeviationID
    public var risk: DeviationRisk
    public init(deviation: DeviationID, risk: DeviationRisk) {
        self.deviation = deviation
        self.risk = risk
    }
}

/// The system the avvik concerns and the category of its cause are recorded, or corrected, once they are known.
public struct DeviationCauseRecorded: EventPayload {
    public static let type = "avvik.cause-recorded"
    public var body: EventBody { .deviationCauseRecorded(self) }
    public var deviation: DeviationID
    public var system: SystemID?
    public var category: CategoryID?
    public init(deviation: DeviationID, system: SystemID?, category: CategoryID?) {
        self.deviation = deviation
        self.system = system
        self.category = category
    }
}

/// A measure moves on (iverksatt, fullført) or is dropped, with a note.
public struct DeviationMeasureUpdated: EventPayload {
    public static let type = "avvik.measure-updated"
    public var body: EventBody { .deviationMeasureUpdated(self) }
    public var deviation: DeviationID
    public var measure: MeasureID
    public var status: MeasureStatus
    public var note: String?
    public init(deviation: DeviationID, measure: MeasureID, status: MeasureStatus, note: String?) {
        self.deviation = deviation
        self.measure = measure
        self.status = status
        self.note = note
    }
}

/// The deviation is closed with a closing assessment (avsluttende vurdering).
public struct DeviationClosed: EventPayload {
    public static let type = "avvik.closed"
    public var body: EventBody { .deviationClosed(self) }
    public var deviation: DeviationID
    public var assessment: String
    public init(deviation: DeviationID, assessment: String) {
        self.deviation = deviation
        self.assessment = assessment
    }
}
