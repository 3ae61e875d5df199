/// The facilitator's commands. Every one is refused in a real journal: an exercise can never be mixed into it, and
/// in the exercise journal only the facilitator (who started it) may give them: a participant's console cannot
/// release, skip, pause, assess, observe or end, whatever it shows.
extension Decision {
    mutating func startExercise(_ scenario: ExerciseScenario, tempo: ExerciseTempo) throws(Refusal) {
        guard state.isExercise else { throw .notAnExercise }
        if let running = state.exercise { throw .exerciseAlreadyStarted(running.scenario.title) }
        try FreeText.require(scenario.title, field: "scenario")
        guard !scenario.injects.isEmpty else { throw .scenarioWithoutInjects(scenario.id) }
        emit(nil, .exerciseStarted(ExerciseStarted(scenario: scenario, tempo: tempo == .realTime ? nil : tempo)))
    }

    mutating func releaseInject(_ id: InjectID) throws(Refusal) {
        try unsettled(id, in: try playing(try facilitated()))
        emit(nil, .injectReleased(InjectReleased(inject: id)))
    }

    mutating func skipInject(_ id: InjectID, reason: String) throws(Refusal) {
        try unsettled(id, in: try playing(try facilitated()))
        try FreeText.require(reason, field: "begrunnelse")
        emit(nil, .injectSkipped(InjectSkipped(inject: id, reason: reason)))
    }

    mutating func pauseExercise(reason: String?) throws(Refusal) {
        guard !(try playing(try facilitated())).isPaused else { throw .exerciseAlreadyPaused }
        try FreeText.check(reason, field: "begrunnelse")
        emit(nil, .exerciseClockPaused(ExerciseClockPaused(reason: reason)))
    }

    mutating func resumeExercise() throws(Refusal) {
        guard (try playing(try facilitated())).isPaused else { throw .exerciseNotPaused }
        emit(nil, .exerciseClockResumed(ExerciseClockResumed()))
    }

    mutating func assessExpectation(_ id: ExpectationID, _ rating: ExpectationRating, note: String?) throws(Refusal) {
        let exercise = try facilitated()
        guard exercise.scenario.expectation(id) != nil else {
            throw .unknownExpectation(id, known: exercise.scenario.expectations.map(\.id))
        }
        if rating == .met { try FreeText.check(note, field: "merknad") } else {
            guard let note, !note.allSatisfy(\.isWhitespace) else { throw .assessmentNeedsNote(id, rating) }
            try FreeText.check(note, field: "merknad")
        }
        emit(nil, .expectationAssessed(ExpectationAssessed(expectation: id, rating: rating, note: note)))
    }

    mutating func observe(text: String, inject: InjectID?) throws(Refusal) {
        let exercise = try facilitated()
        if let inject, exercise.scenario.inject(inject) == nil {
            throw .unknownInject(inject, known: exercise.scenario.injects.map(\.id))
        }
        try FreeText.require(text, field: "observasjon")
        emit(nil, .observerNoted(ObserverNoted(text: text, inject: inject)))
    }

    mutating func endExercise(note: String?) throws(Refusal) {
        try playing(try facilitated())
        try FreeText.check(note, field: "merknad")
        emit(nil, .exerciseEnded(ExerciseEnded(note: note)))
    }

    mutating func evaluateExercise(lessons: [String], actions: [CorrectiveAction]) throws(Refusal) {
        let exercise = try facilitated()
        guard exercise.isEnded else { throw .exerciseNotEnded }
        guard exercise.evaluation == nil else { throw .exerciseAlreadyEvaluated }
        emit(nil, .exerciseEvaluated(ExerciseEvaluated(lessons: lessons, actions: try evaluation(lessons: lessons, actions: actions))))
    }

    /// The exercise this exercise journal has started; refused in a real journal.
    private func startedExercise() throws(Refusal) -> Exercise {
        guard state.isExercise else { throw .notAnExercise }
        guard let exercise = state.exercise else { throw .noExercise }
        return exercise
    }

    /// The started exercise, when this command comes from its facilitator.
    private func facilitated() throws(Refusal) -> Exercise {
        let exercise = try startedExercise()
        guard State.samePerson(exercise.startedBy.rawValue, command.operatorName.rawValue) else {
            throw .notTheFacilitator(exercise.startedBy.rawValue)
        }
        return exercise
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
