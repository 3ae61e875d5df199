import BeredskapCore
import Foundation

/// What the facilitator has noted beside the injects, for `u` on the Øvelse screen: the pauses and their reasons,
/// observations tied to no inject, the hot wash (every question of the scenario with the answers given so far,
/// strengths, areas for improvement) and, once evaluated, the lessons and corrective actions.
struct ExerciseNotes {
    let exercise: Exercise
    /// The journal's hot-wash notes; only the exercise's own (no incident) are shown.
    let hotWash: [HotWashNote]

    private var ownNotes: [HotWashNote] { hotWash.filter { $0.incident == nil } }
    private var looseObservations: [Exercise.Observation] { exercise.observations.filter { $0.inject == nil } }

    /// Pauses, observations without an inject and hot-wash points: what the screen's heading counts.
    var count: Int { exercise.pauses.count + looseObservations.count + ownNotes.count }

    /// The notes as lines to read; `time` writes a wall-clock time, `deadline` a due date.
    func lines(time: (Date) -> String, deadline: (Date) -> String) -> [String] {
        let scenario = exercise.scenario
        var lines = ["Pauser:"]
        lines += exercise.pauses.isEmpty ? ["  ingen"] : exercise.pauses.map { pause in
            let clock = scenario.clockTime(exercise.clock(at: pause.from).elapsed)
            return "  \(clock), \(time(pause.from))–\(pause.to.map(time) ?? "nå"): \(pause.reason ?? "uten begrunnelse")"
        }
        lines += ["", "Observasjoner uten innspill:"]
        lines += looseObservations.isEmpty ? ["  ingen"] : looseObservations.map { observation in
            "  \(scenario.clockTime(exercise.clock(at: observation.at).elapsed)): \(observation.text)"
        }
        lines += ["", "Hot wash" + (exercise.isEnded ? ":" : " (etter ENDEX, w):")]
        for question in exercise.answeredQuestions(ownNotes) {
            lines.append("  \(question.number). \(question.question)")
            lines += question.answers.isEmpty ? ["     ikke besvart ennå"] : question.answers.map { "     – \($0.text)" }
        }
        for kind in [HotWashKind.strength, .improvement] {
            let notes = ownNotes.filter { $0.kind == kind }
            lines.append("  \(kind.heading): " + (notes.isEmpty ? "ingen ennå" : ""))
            lines += notes.map { "     – \($0.text)" }
        }
        if let evaluation = exercise.evaluation {
            lines += ["", "Læring:"] + evaluation.lessons.map { "  – \($0)" }
            lines += ["Tiltak:"] + (evaluation.actions.isEmpty ? ["  ingen"] : evaluation.actions.map { action in
                "  \(action.id?.rawValue ?? "–") \(action.text) (\(action.owner), frist \(deadline(action.due)))"
            })
        }
        return lines
    }
}

extension ConsoleModel {
    /// An inject whole: who it comes from and goes to, its text, where it stands, its expected actions with their
    /// assessments, and the observations about it.
    func injectDetail(_ inject: Inject, in exercise: Exercise) -> [String] {
        let role = state.organisation.role(inject.to)?.name ?? inject.to.rawValue
        var lines = ["\(exercise.scenario.clockTime(inject.at.seconds)) · fra \(inject.from) til \(role): \(inject.text)"]
        if let release = exercise.releases[inject.id] {
            lines.append("Sluppet \(exercise.scenario.clockTime(release.clock)), \(deadline(release.at)) av \(release.by)")
        } else if let reason = exercise.skips[inject.id] {
            lines.append("Hoppet over: \(reason)")
        }
        for expectation in inject.expectations {
            let assessment = exercise.assessments[expectation.id]
            let rating = assessment.map { "[\($0.rating.word)]" } ?? "[ikke vurdert]"
            lines.append("\(rating) \(expectation.text)" + (assessment?.note.map { " – \($0)" } ?? ""))
        }
        lines += exercise.observations.filter { $0.inject == inject.id }.map { "Observasjon: \($0.text)" }
        return lines
    }
}
