import Foundation

/// A corrective action in the improvement plan, from an incident's or an exercise's evaluation. It stays open
/// (and shows in `status`) until someone closes it with what was done.
public struct ImprovementAction: Codable, Sendable, Equatable {
    public var id: CorrectiveActionID
    public var text: String
    public var owner: String
    public var due: Date
    /// The incident whose evaluation made it; nil for the exercise's own evaluation.
    public var incident: IncidentID?
    public var recordedAt: Date
    public var closedAt: Date?
    public var closedBy: OperatorName?
    public var closingNote: String?

    public var isOpen: Bool { closedAt == nil }
    public func isOverdue(at now: Date) -> Bool { isOpen && due < now }
}

/// One point from a hot wash, about an incident or (with no incident) the exercise.
public struct HotWashNote: Codable, Sendable, Equatable {
    public var kind: HotWashKind
    public var text: String
    /// The scenario's question an answer answers, from 1.
    public var question: Int?
    public var incident: IncidentID?
    public var at: Date
    public var by: OperatorName
}

extension State {
    /// The open corrective actions, soonest due first.
    public var openCorrectiveActions: [ImprovementAction] {
        improvementPlan.filter(\.isOpen).sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    public func correctiveAction(_ id: CorrectiveActionID) -> ImprovementAction? { improvementPlan.first { $0.id == id } }

    /// The id the next corrective action gets: `F1`, `F2`, ... across the journal.
    func nextCorrectiveActionID(offset: Int = 0) -> CorrectiveActionID {
        CorrectiveActionID("F\(improvementPlan.count + offset + 1)")
    }

    /// Folds evaluation, hot-wash and exercise events; an event that does not fit changes nothing.
    mutating func applyEvaluation(_ event: Event, at: Date, seq: Int) {
        switch event.body {
        case .incidentEvaluated(let p):
            guard let id = event.incident, self[id]?.phase == .closed else { return }
            plan(p.actions, incident: id, at: at)
            update(id) { $0.apply(event.body, at: at, by: event.operatorName, seq: seq) }
        case .exerciseStarted(let p):
            guard isExercise, exercise == nil else { return }
            exercise = Exercise(scenario: p.scenario, startedAt: at, startedBy: event.operatorName, tempo: p.tempo ?? .realTime)
        case .exerciseEvaluated(let p):
            guard exercise?.evaluation == nil else { return }
            plan(p.actions, incident: nil, at: at)
            exercise?.apply(event.body, at: at, by: event.operatorName)
        case .hotWashNoted(let p):
            hotWash.append(HotWashNote(kind: p.kind, text: p.text, question: p.question, incident: event.incident, at: at, by: event.operatorName))
        case .correctiveActionClosed(let p):
            guard let i = improvementPlan.firstIndex(where: { $0.id == p.action }), improvementPlan[i].isOpen else { return }
            improvementPlan[i].closedAt = at
            improvementPlan[i].closedBy = event.operatorName
            improvementPlan[i].closingNote = p.note
        case .procedureTestRecorded(let p):
            guard !isExercise else { return }
            procedureTests.append(RecordedProcedureTest(test: p, at: at, by: event.operatorName))
        case .trainingRecorded(let p):
            guard !isExercise else { return }
            trainings.append(RecordedTraining(training: p, at: at))
        default:
            exercise?.apply(event.body, at: at, by: event.operatorName)
        }
    }

    private mutating func plan(_ actions: [CorrectiveAction], incident: IncidentID?, at: Date) {
        for action in actions {
            let id = action.id ?? nextCorrectiveActionID()
            guard correctiveAction(id) == nil else { continue }
            improvementPlan.append(ImprovementAction(id: id, text: action.text, owner: action.owner, due: action.due,
                                                     incident: incident, recordedAt: at))
        }
    }
}
