import Foundation

/// The after-action report and improvement plan (HSEEP AAR/IP) for one incident or for the exercise a journal
/// plays: overview, participants, measured figures, expectation results, the hot wash (strengths, areas for
/// improvement, answers to the scenario's questions), lessons, corrective actions and the timeline with who wrote
/// each line. A pure function of the state, the journal's events and now.
public struct AfterActionReport: Sendable, Equatable {
    /// One line of the timeline; `clock` is the exercise clock at that moment (exercise reports only).
    public struct Line: Sendable, Equatable {
        public var at: Date
        public var clock: ExerciseClockTime?
        /// Who wrote it.
        public var by: OperatorName
        public var incident: IncidentID?
        public var text: String
        /// Registered after the exercise's ENDEX (the hot wash, late notes): marked so in the report.
        public var afterENDEX = false
    }

    /// What the report is about.
    public enum Subject: Sendable, Equatable {
        case incident(IncidentID)
        case exercise
    }

    public var subject: Subject
    /// The exercise as played, for exercise reports.
    public var exercise: Exercise?
    public var incidents: [IncidentFigures]
    public var strengths: [HotWashNote]
    public var improvements: [HotWashNote]
    /// The exercise scenario's questions with their answers (exercise reports only).
    public var answers: [AnsweredQuestion]
    /// Who took part: appointed to a role or writing in the journal about the subject.
    public var participants: [ReportParticipant]
    public var lessons: [String]
    public var actions: [ImprovementAction]
    public var timeline: [Line]
    public var now: Date

    /// nil when the subject is not in the journal (an unknown incident, or no exercise started).
    public init?(state: State, events: [Event], subject: Subject, now: Date) {
        self.subject = subject
        self.now = now
        let scope: Set<IncidentID>
        switch subject {
        case .incident(let id):
            guard let incident = state[id] else { return nil }
            exercise = nil
            incidents = [IncidentFigures(incident, organisation: state.organisation, events: events, now: now)]
            scope = [id]
            lessons = incident.evaluation?.lessons ?? []
        case .exercise:
            guard let played = state.exercise else { return nil }
            exercise = played
            // An ended exercise is judged at ENDEX: what was late or overdue then stays so, and nothing becomes
            // late afterwards while the wall clock runs on, so every copy of the report under one seal agrees.
            let judgedAt = played.endedAt.map { min($0, now) } ?? now
            incidents = state.incidents.map { IncidentFigures($0, organisation: state.organisation, events: events, now: judgedAt) }
            scope = Set(state.incidents.map(\.id))
            lessons = (played.evaluation?.lessons ?? []) + state.incidents.flatMap { $0.evaluation?.lessons ?? [] }
        }
        let inScope = { (incident: IncidentID?) in incident.map(scope.contains) ?? (subject == .exercise) }
        let notes = state.hotWash.filter { inScope($0.incident) }
        strengths = notes.filter { $0.kind == .strength }
        improvements = notes.filter { $0.kind == .improvement }
        answers = exercise?.answeredQuestions(notes) ?? []
        actions = state.improvementPlan.filter { inScope($0.incident) }
        let told = events.filter { event in
            if case .levelChanged(let change) = event.body, change.incidents.contains(where: scope.contains) { return true }
            return inScope(event.incident)
        }
        participants = ReportParticipant.all(in: told, facilitator: exercise?.startedBy)
        timeline = told.map { [exercise, organisation = state.organisation] event in
            Line(at: event.effectiveTime, clock: exercise.map { $0.scenario.clockTime($0.clock(at: event.effectiveTime).elapsed) },
                 by: event.operatorName, incident: event.incident,
                 text: Self.describe(event.body, in: exercise, organisation),
                 afterENDEX: exercise?.endedAt.map { event.registered > $0 } ?? false)
        }
    }

    /// The journal's summary, with what an inject said when it was handed out.
    private static func describe(_ body: EventBody, in exercise: Exercise?, _ organisation: Organisation) -> String {
        guard case .injectReleased(let p) = body, let inject = exercise?.scenario.inject(p.inject) else {
            return body.summary(in: organisation)
        }
        let role = organisation.role(inject.to)?.name ?? inject.to.rawValue
        return InertText.make("Innspill \(inject.id) til \(role) fra \(inject.from): \(inject.text)")
    }
}
