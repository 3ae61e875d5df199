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
        return Dialog("Start øvelse", [.choice("Hvilket scenario?", scenarios.map { Choice($0.id, "\($0.title) (\($0.duration))") })],
                      preview: { answers in
            scenarios.first { $0.id == answers.text(0) }.map { ["Utgangssituasjon:", $0.startSituation] } ?? []
        }) { answers throws(DialogProblem) in
            guard let scenario = scenarios.first(where: { $0.id == answers.text(0) }) else { throw DialogProblem(question: 0, "Velg et scenario.") }
            return .execute(.startExercise(scenario), occurred: nil)
        }
    }

    func releaseInject() throws(NotNow) -> Effect {
        let (_, status) = try selectedInject()
        return command(.releaseInject(status.inject.id))
    }

    func skipInjectDialog() throws(NotNow) -> Dialog {
        let (_, status) = try selectedInject()
        return Dialog("Hopp over \(status.inject.id)", [.text("Hvorfor hoppes innspillet over? ")]) { answers in
            .execute(.skipInject(status.inject.id, reason: answers.text(0)), occurred: nil)
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
        let choices = expectations.map { expectation in
            Choice(expectation.id.rawValue, InertText.make(expectation.text)
                   + (exercise.assessments[expectation.id].map { " (nå: \($0.rating.word))" } ?? ""))
        }
        return Dialog("Vurder forventet handling (\(status.inject.id))", [
            .choice("Hvilken forventning?", choices),
            .choice("Vurdering", ExpectationRating.allCases.map { Choice($0.rawValue, $0.word) }),
            .text("Merknad (påkrevd når den ikke er oppfylt): ", optional: true),
        ]) { answers in
            .execute(.assessExpectation(ExpectationID(answers.text(0)), ExpectationRating(rawValue: answers.text(1)) ?? .met,
                                        note: answers.optional(2)), occurred: nil)
        }
    }

    func observeDialog() throws(NotNow) -> Dialog {
        let (_, status) = try selectedInject()
        return Dialog("Observasjon", [.text("Observasjon (knyttes til \(status.inject.id)): ")]) { answers in
            .execute(.observe(text: answers.text(0), inject: status.inject.id), occurred: nil)
        }
    }

    func endExerciseDialog() throws(NotNow) -> Dialog {
        _ = try requireExercise()
        return Dialog("Avslutt øvelsen (ENDEX)", [.text("Merknad (tomt for ingen): ", optional: true)],
                      preview: { _ in ["Etter ENDEX: hot wash (w) med deltakerne, så evaluering og rapport (`beredskap exercise evaluate`, `report`)."] }) { answers in
            .execute(.endExercise(note: answers.optional(0)), occurred: nil)
        }
    }

    /// The hot wash right after ENDEX: what went well and what to improve, as the participants say it; the
    /// scenario's discussion questions are shown while it is written.
    func hotWashDialog() throws(NotNow) -> Dialog {
        let exercise = try requireExercise()
        guard exercise.isEnded else { throw NotNow("Hot wash kommer etter ENDEX (d).") }
        let questions = exercise.scenario.questions
        return Dialog("Hot wash: \(exercise.scenario.title)", [
            .choice("Hva slags punkt?", HotWashKind.allCases.map { Choice($0.rawValue, $0.heading) }),
            .text("Punktet, slik deltakerne sier det: "),
        ], preview: { _ in ["Spørsmål til diskusjon:"] + questions }) { answers in
            .execute(.noteHotWash(nil, HotWashKind(rawValue: answers.text(0)) ?? .strength, text: answers.text(1)), occurred: nil)
        }
    }
}
