import BeredskapCore
import Foundation

/// The facilitator's actions (factsheet step 3, Normen 5.9): start a scenario at a tempo, release or skip injects,
/// pause (with a reason) and resume the exercise clock, assess expectations, note observations, end it (ENDEX),
/// hold the hot wash and evaluate it. Core refuses every one of them in a real journal.
extension ConsoleModel {
    func requireExercise() throws(NotNow) -> Exercise {
        guard isExercise else { throw NotNow("Øvelsesverktøy finnes bare i en øvelsesjournal (--exercise NAVN).") }
        guard let exercise = state.exercise else { throw NotNow("Ingen øvelse er startet; + starter et scenario.") }
        return exercise
    }

    /// The inject under the cursor on the Øvelse screen, with where it stands now.
    func selectedInject() throws(NotNow) -> (Exercise, InjectStatus) {
        let exercise = try requireExercise()
        guard let status = exercise.timeline(at: now).dropFirst(injects.row(for: exercise.scenario.id)).first else { throw NotNow("Ingen innspill er valgt.") }
        return (exercise, status)
    }

    func startExerciseDialog() throws(NotNow) -> Dialog {
        guard isExercise else { throw NotNow("Øvelser startes bare i en øvelsesjournal (--exercise NAVN).") }
        guard state.exercise == nil else { throw NotNow("Øvelsen er allerede startet.") }
        let scenarios = state.organisation.scenarios
        guard !scenarios.isEmpty else { throw NotNow("Ingen scenarioer i Playbooks/ovelser/.") }
        let chosen = Question.choice("Hvilket scenario?", scenarios, key: \.id) { "\($0.title) (\($0.duration))" }
        let tempo = Question.choice("Tempo (2 spiller to planlagte timer på én)", ExerciseTempo.offered, key: \.description) { tempo in
            tempo == .realTime ? "1 (sanntid)" : "\(tempo)"
        }
        return Dialog("Start øvelse", [chosen, tempo], preview: { answers in
            guard let scenario = answers[chosen] else { return [] }
            let pace = answers[tempo] ?? .realTime
            return ["Planlagt \(scenario.duration) på øvelsesklokken"
                        + (pace == .realTime ? "" : "; ved tempo \(pace) tar den \(Minutes.describe(seconds: pace.wall(scenario.duration.seconds)))")
                        + (scenario.startTime.map { "; scenariet starter kl. \(ExerciseClockTime.dotted($0))" } ?? ""),
                    "Utgangssituasjon:", scenario.startSituation]
        }) { answers throws(DialogProblem) in
            guard let scenario = answers[chosen] else { throw DialogProblem(chosen, "Velg et scenario.") }
            return .execute(.startExercise(scenario, tempo: answers[tempo] ?? .realTime), occurred: nil)
        }
    }

    /// Enter releases a due inject at once; one whose time has not come is confirmed first (it cannot be taken back).
    mutating func releaseInject() throws(NotNow) -> Effect {
        let (_, status) = try selectedInject()
        guard status.progress == .scheduled else { return command(.releaseInject(status.inject.id)) }
        let confirm = Confirmation("Slippe \(status.inject.id) nå, før tiden (\(ExerciseClockTime(elapsed: status.inject.at.seconds).short))? Det kan ikke angres.")
        dialog = Dialog("Slipp \(status.inject.id) før tiden", [confirm.field]) { answers in
            confirm.outcome(answers, .releaseInject(status.inject.id))
        }
        return .none
    }

    func skipInjectDialog() throws(NotNow) -> Dialog {
        let (_, status) = try selectedInject()
        let reason = Question.text("Hvorfor hoppes innspillet over? ")
        let confirm = Confirmation("Hoppe over \(status.inject.id) for godt? Det kan ikke angres.")
        return Dialog("Hopp over \(status.inject.id)", [reason, confirm.field]) { answers in
            confirm.outcome(answers, .skipInject(status.inject.id, reason: answers[reason]))
        }
    }

    /// Resumes at once; a pause asks why (it may be left empty), and the reason is on the notes (u) and in the report.
    mutating func toggleExerciseClock() throws(NotNow) -> Effect {
        let exercise = try requireExercise()
        guard !exercise.isPaused else { return command(.resumeExercise) }
        let reason = Question.optionalText("Hvorfor pause? (tomt for ingen begrunnelse) ")
        dialog = Dialog("Pause i øvelsen (\(exercise.clockTime(at: now)))", [reason]) { answers in
            .execute(.pauseExercise(reason: answers[reason]), occurred: nil)
        }
        return .none
    }

    /// HSEEP: each expected action met, partly met or not met; anything short of met needs a note.
    func assessExpectationDialog() throws(NotNow) -> Dialog {
        let (exercise, status) = try selectedInject()
        let expectations = status.inject.expectations
        guard !expectations.isEmpty else { throw NotNow("Innspillet har ingen forventede handlinger.") }
        let expectation = Question.choice("Hvilken forventning?", expectations, key: \.id.rawValue) { expectation in
            InertText.make(expectation.text) + (exercise.assessments[expectation.id].map { " (nå: \($0.rating.word))" } ?? "")
        }
        let rating = Question.choice("Vurdering", ExpectationRating.allCases, label: \.word)
        let note = Question.optionalText("Merknad (påkrevd når den ikke er oppfylt): ")
        return Dialog("Vurder forventet handling (\(status.inject.id))", [expectation, rating, note]) { answers throws(DialogProblem) in
            guard let chosen = answers[expectation] else { throw DialogProblem(expectation, "Velg en forventning.") }
            return .execute(.assessExpectation(chosen.id, answers[rating] ?? .met, note: answers[note]), occurred: nil)
        }
    }

    /// An observation about the selected inject (Enter), or about the exercise as a whole.
    func observeDialog() throws(NotNow) -> Dialog {
        let (_, status) = try selectedInject()
        let text = Question.text("Observasjon: ")
        let options: [InjectID?] = [status.inject.id, nil]
        let about = Question.choice("Gjelder observasjonen innspillet?", options, key: { $0?.rawValue ?? "-" }) {
            $0.map { "Ja, \($0)" } ?? "Nei, øvelsen som helhet"
        }
        return Dialog("Observasjon", [text, about]) { answers in
            let inject: InjectID? = answers[about] ?? status.inject.id
            return .execute(.observe(text: answers[text], inject: inject), occurred: nil)
        }
    }

    func endExerciseDialog() throws(NotNow) -> Dialog {
        _ = try requireExercise()
        let note = Question.optionalText("Merknad (tomt for ingen): ")
        let confirm = Confirmation("Avslutte øvelsen nå (ENDEX)? Klokken stopper for godt.")
        return Dialog("Avslutt øvelsen (ENDEX)", [note, confirm.field],
                      preview: { _ in ["Etter ENDEX: hot wash (w) med deltakerne, så evaluering og rapport (`beredskap exercise evaluate`, `report`)."] }) { answers in
            confirm.outcome(answers, .endExercise(note: answers[note]))
        }
    }

    /// The hot wash right after ENDEX: an answer to one of the scenario's questions, or what went well and what
    /// to improve, as the participants say it; every question is shown with the answers given so far.
    func hotWashDialog() throws(NotNow) -> Dialog {
        let exercise = try requireExercise()
        guard exercise.isEnded else { throw NotNow("Hot wash kommer etter ENDEX (d).") }
        let answered = exercise.answeredQuestions(state.hotWash)
        let topics = answered.map { HotWashTopic(kind: .answer, question: $0.number, label: "Svar på \($0.number). \($0.question)") }
            + [HotWashTopic(kind: .strength, question: nil, label: "Styrke"), HotWashTopic(kind: .improvement, question: nil, label: "Forbedringsområde")]
        let topic = Question.choice("Hva gjelder punktet?", topics, key: \.key) { InertText.make($0.label) }
        let point = Question.text("Punktet, slik deltakerne sier det: ")
        let overview = answered.flatMap { question in
            ["\(question.number). \(question.question)"] + (question.answers.isEmpty ? ["   ikke besvart ennå"] : question.answers.map { "   – \($0.text)" })
        }
        return Dialog("Hot wash: \(exercise.scenario.title)", [topic, point], preview: { _ in overview }) { answers throws(DialogProblem) in
            guard let chosen = answers[topic] else { throw DialogProblem(topic, "Velg hva punktet gjelder.") }
            return .execute(.noteHotWash(nil, chosen.kind, text: answers[point], question: chosen.question), occurred: nil)
        }
    }

    /// After ENDEX: the exercise's lessons and a corrective action for the improvement plan (factsheet 3d), as
    /// `beredskap exercise evaluate` records them.
    func evaluateExerciseDialog() throws(NotNow) -> Dialog {
        let exercise = try requireExercise()
        guard exercise.isEnded else { throw NotNow("Øvelsen evalueres etter ENDEX (d) og hot wash (w).") }
        guard exercise.evaluation == nil else { throw NotNow("Øvelsen er allerede evaluert; se notatene (u).") }
        let (now, calendar) = (now, calendar)
        let evaluation = EvaluationFields()
        return Dialog("Evaluer øvelsen: læring og tiltak (faktaark 3d)", evaluation.fields) { answers throws(DialogProblem) in
            let (lessons, actions) = try evaluation.outcome(answers, now: now, calendar: calendar)
            return .execute(.evaluateExercise(lessons: lessons, actions: actions), occurred: nil)
        }
    }

    /// `u`: the pauses, observations without an inject, the hot wash and the evaluation, to read.
    func exerciseNotesDialog() throws(NotNow) -> Dialog {
        let exercise = try requireExercise()
        let notes = ExerciseNotes(exercise: exercise, hotWash: state.hotWash)
        let text = notes.lines(time: clock, deadline: deadline).joined(separator: "\n")
        return Dialog("Notater og hot wash: \(exercise.scenario.title)", [Question.reading("Notater", text)]) { _ in .view { _ in } }
    }
}

/// What a hot-wash point is about: one of the scenario's questions, or a strength or an area for improvement.
private struct HotWashTopic: Sendable {
    var kind: HotWashKind
    var question: Int?
    var label: String
    var key: String { question.map { "\($0)" } ?? kind.rawValue }
}
