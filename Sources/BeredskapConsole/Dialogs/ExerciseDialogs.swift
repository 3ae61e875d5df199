import BeredskapCore
import Foundation

/// The facilitator's actions (factsheet step 3, Normen 5.9): start a scenario, release or skip injects, pause
/// and resume the exercise clock, assess expectations, note observations, and end it (ENDEX). Core refuses
/// every one of them in a real journal.
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
        return Dialog("Start øvelse", [chosen], preview: { answers in
            answers[chosen].map { ["Utgangssituasjon:", $0.startSituation] } ?? []
        }) { answers throws(DialogProblem) in
            guard let scenario = answers[chosen] else { throw DialogProblem(chosen, "Velg et scenario.") }
            return .execute(.startExercise(scenario), occurred: nil)
        }
    }

    /// Enter releases a due inject at once; one whose time has not come is confirmed first (it cannot be taken back).
    mutating func releaseInject() throws(NotNow) -> Effect {
        let (_, status) = try selectedInject()
        guard status.progress == .scheduled else { return command(.releaseInject(status.inject.id)) }
        let confirm = Confirmation("Slippe \(status.inject.id) nå, før tiden (T+\(status.inject.at.value))? Det kan ikke angres.")
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

    func toggleExerciseClock() throws(NotNow) -> Effect {
        let exercise = try requireExercise()
        return command(exercise.isPaused ? .resumeExercise : .pauseExercise(reason: nil))
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

    func observeDialog() throws(NotNow) -> Dialog {
        let (_, status) = try selectedInject()
        let text = Question.text("Observasjon (knyttes til \(status.inject.id)): ")
        return Dialog("Observasjon", [text]) { answers in
            .execute(.observe(text: answers[text], inject: status.inject.id), occurred: nil)
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

    /// The hot wash right after ENDEX: what went well and what to improve, as the participants say it; the
    /// scenario's discussion questions are shown while it is written.
    func hotWashDialog() throws(NotNow) -> Dialog {
        let exercise = try requireExercise()
        guard exercise.isEnded else { throw NotNow("Hot wash kommer etter ENDEX (d).") }
        let questions = exercise.scenario.questions
        let kind = Question.choice("Hva slags punkt?", HotWashKind.allCases, label: \.heading)
        let point = Question.text("Punktet, slik deltakerne sier det: ")
        return Dialog("Hot wash: \(exercise.scenario.title)", [kind, point], preview: { _ in ["Spørsmål til diskusjon:"] + questions }) { answers in
            .execute(.noteHotWash(nil, answers[kind] ?? .strength, text: answers[point]), occurred: nil)
        }
    }
}
