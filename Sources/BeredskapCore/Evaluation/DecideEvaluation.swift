/// Evaluation (phase 7, factsheet 3d) for incidents and exercises alike: hot wash, lessons, corrective actions.
extension Decision {
    /// An answer (`.answer`) names one of the exercise scenario's questions by its number from 1; strengths and
    /// improvements name none.
    mutating func noteHotWash(_ id: IncidentID?, _ kind: HotWashKind, text: String, question: Int?) throws(Refusal) {
            var questions = 0
            if let id {
                try lookup(id, for: "hot wash", in: [.reEntry, .closed, .evaluated])
            } else {
                guard state.isExercise else { throw .notAnExercise }
                guard let exercise = state.exercise else { throw .noExercise }
                guard exercise.isEnded else { throw .exerciseNotEnded }
                questions = exercise.scenario.questions.count
            }
            switch kind {
            case .answer:
                guard questions > 0, let question, (1...questions).contains(question) else {
                    throw .hotWashQuestion(question, questions: questions)
                }
            case .strength, .improvement:
                guard question == nil else { throw .questionOnlyForAnswers }
            }
            try FreeText.require(text, field: kind.rawValue)
            emit(id, .hotWashNoted(HotWashNoted(kind: kind, text: text, question: question)))
    }

    mutating func closeCorrectiveAction(_ id: CorrectiveActionID, note: String) throws(Refusal) {
            guard let action = state.correctiveAction(id) else { throw .unknownCorrectiveAction(id) }
            guard action.isOpen else { throw .correctiveActionClosed(id) }
            try FreeText.require(note, field: "hva som er gjort")
            emit(action.incident, .correctiveActionClosed(CorrectiveActionClosed(action: id, note: note)))
    }

    mutating func recordProcedureTest(_ id: ProcedureID, _ kind: TestKind, _ outcome: TestOutcome, note: String?) throws(Refusal) {
        guard !state.isExercise else { throw .testInExercise }
        guard let procedure = state.organisation.procedure(id) else {
            throw .unknownProcedure(id, known: state.organisation.procedures.map(\.id))
        }
        guard kind.isRecorded else { throw .testKindPlayed(kind) }
        try FreeText.check(note, field: "merknad")
        emit(nil, .procedureTestRecorded(ProcedureTestRecorded(procedure: procedure.ref, kind: kind, outcome: outcome, note: note)))
    }

    mutating func recordTraining(_ person: String, procedure id: ProcedureID?, role: RoleID?, note: String?) throws(Refusal) {
        guard !state.isExercise else { throw .testInExercise }
        guard (id == nil) != (role == nil) else { throw .trainingSubject }
        try FreeText.require(person, field: "hvem")
        try FreeText.check(note, field: "merknad")
        var ref: ProcedureRef?
        if let id {
            guard let procedure = state.organisation.procedure(id) else {
                throw .unknownProcedure(id, known: state.organisation.procedures.map(\.id))
            }
            ref = procedure.ref
        }
        if let role, state.organisation.role(role) == nil { throw .unknownRole(role) }
        emit(nil, .trainingRecorded(TrainingRecorded(person: person, procedure: ref, role: role, note: note)))
    }

    /// Checks an evaluation's lessons and actions, and numbers the actions for the improvement plan.
    func evaluation(lessons: [String], actions: [CorrectiveAction]) throws(Refusal) -> [CorrectiveAction] {
        guard !lessons.isEmpty else { throw .noLessons }
        for lesson in lessons { try FreeText.require(lesson, field: "læring") }
        var numbered: [CorrectiveAction] = []
        for (offset, action) in actions.enumerated() {
            try FreeText.require(action.text, field: "tiltak")
            try FreeText.require(action.owner, field: "ansvarlig")
            var copy = action
            copy.id = state.nextCorrectiveActionID(offset: offset)
            numbered.append(copy)
        }
        return numbered
    }
}
