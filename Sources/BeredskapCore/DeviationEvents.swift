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

/// A measure is decided for a deviation, with who carries it out and by when.
public struct DeviationMeasureAdded: EventPayload {
    public static let type = "avvik.measure-added"
    public var body: EventBody { .deviationMeasureAdded(self) }
    public var deviation: DeviationID
    public var measure: MeasureID
    public var text: String
    public var owner: String
    public var due: Date
    public init(deviation: DeviationID, measure: MeasureID, text: String, owner: String, due: Date) {
        self.deviation = deviation
        self.measure = measure
        self.text = text
        self.owner = owner
        self.due = due
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
