/// The facilitator's commands. Every one is refused in a real journal: an exercise can never be mixed into it.
extension Decision {
    mutating func decideExercise() throws(Refusal) {
        guard state.isExercise else { throw .notAnExercise }
        if case .startExercise(let scenario) = command.action {
            if let running = state.exercise { throw .exerciseAlreadyStarted(running.scenario.title) }
            try FreeText.require(scenario.title, field: "scenario")
            guard !scenario.injects.isEmpty else { throw .scenarioWithoutInjects(scenario.id) }
            emit(nil, .exerciseStarted(ExerciseStarted(scenario: scenario)))
            return
        }
        guard let exercise = state.exercise else { throw .noExercise }
        switch command.action {
        case .releaseInject(let id):
            try unsettled(id, in: try playing(exercise))
            emit(nil, .injectReleased(InjectReleased(inject: id)))

        case .skipInject(let id, let reason):
            try unsettled(id, in: try playing(exercise))
            try FreeText.require(reason, field: "begrunnelse")
            emit(nil, .injectSkipped(InjectSkipped(inject: id, reason: reason)))

        case .pauseExercise(let reason):
            guard !(try playing(exercise)).isPaused else { throw .exerciseAlreadyPaused }
            try FreeText.check(reason, field: "begrunnelse")
            emit(nil, .exerciseClockPaused(ExerciseClockPaused(reason: reason)))

        case .resumeExercise:
            guard (try playing(exercise)).isPaused else { throw .exerciseNotPaused }
            emit(nil, .exerciseClockResumed(ExerciseClockResumed()))

        case .assessExpectation(let id, let rating, let note):
            guard exercise.scenario.expectation(id) != nil else {
                throw .unknownExpectation(id, known: exercise.scenario.expectations.map(\.id))
            }
            if rating == .met { try FreeText.check(note, field: "merknad") } else {
                guard let note, !note.allSatisfy(\.isWhitespace) else { throw .assessmentNeedsNote(id, rating) }
                try FreeText.check(note, field: "merknad")
            }
            emit(nil, .expectationAssessed(ExpectationAssessed(expectation: id, rating: rating, note: note)))

        case .observe(let text, let inject):
            if let inject, exercise.scenario.inject(inject) == nil {
                throw .unknownInject(inject, known: exercise.scenario.injects.map(\.id))
            }
            try FreeText.require(text, field: "observasjon")
            emit(nil, .observerNoted(ObserverNoted(text: text, inject: inject)))

        case .endExercise(let note):
            try playing(exercise)
            try FreeText.check(note, field: "merknad")
            emit(nil, .exerciseEnded(ExerciseEnded(note: note)))

        case .evaluateExercise(let lessons, let actions):
            guard exercise.isEnded else { throw .exerciseNotEnded }
            guard exercise.evaluation == nil else { throw .exerciseAlreadyEvaluated }
            emit(nil, .exerciseEvaluated(ExerciseEvaluated(lessons: lessons, actions: try evaluation(lessons: lessons, actions: actions))))

        default:
            preconditionFailure("decideExercise() handles only exercise actions")
        }
    }

    /// The exercise, while play goes on (before ENDEX).
    @discardableResult
    private func playing(_ exercise: Exercise) throws(Refusal) -> Exercise {
        guard !exercise.isEnded else { throw .exerciseEnded }
        return exercise
    }

    private func unsettled(_ id: InjectID, in exercise: Exercise) throws(Refusal) {
        guard exercise.scenario.inject(id) != nil else { throw .unknownInject(id, known: exercise.scenario.injects.map(\.id)) }
        if exercise.releases[id] != nil { throw .injectSettled(id, released: true) }
        if exercise.skips[id] != nil { throw .injectSettled(id, released: false) }
    }
}
