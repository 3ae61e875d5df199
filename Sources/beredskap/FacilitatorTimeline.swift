import BeredskapCore
import Foundation

/// The inject timeline as text for `exercise injects`: the clock, then each inject with its state and its
/// expectations with their assessments. The clock readings are Core's (`ExerciseClockTime`, `InjectStatus`).
struct FacilitatorTimeline {
    let exercise: Exercise
    let now: Date
    let timeZone: TimeZone

    var text: String {
        let clock = exercise.clock(at: now)
        let state = switch clock.status {
        case .running: "går"
        case .paused: "STÅR STILLE"
        case .ended: "avsluttet (ENDEX)"
        }
        let scenario = exercise.scenario
        let tempo = exercise.tempo == .realTime ? ""
            : "; tempo \(exercise.tempo): \(Minutes.describe(seconds: exercise.plannedWallTime)) i virkeligheten"
        var lines = ["*** ØVELSE *** \(InertText.make(scenario.title))",
                     "Øvelsesklokke: \(scenario.clockTime(clock.elapsed)) (\(state)); planlagt \(scenario.duration)\(tempo)"]
        for status in exercise.timeline(at: now) {
            let inject = status.inject
            lines.append("")
            lines.append("\(inject.id)  \(scenario.clockTime(inject.at.seconds))  \(progress(status))  → \(inject.to)  "
                + "fra \(InertText.make(inject.from))")
            lines.append("    \(InertText.make(inject.text))")
            for expectation in inject.expectations {
                let rating = exercise.assessments[expectation.id].map { $0.rating.word } ?? "ikke vurdert"
                lines.append("    \(expectation.id) [\(rating)] \(InertText.make(expectation.text))")
            }
        }
        if !scenario.questions.isEmpty {
            lines += ["", "Spørsmål til hot wash (beredskap hotwash svar \"…\" --question NR):"]
            lines += scenario.questions.enumerated().map { "  \($0.offset + 1). \(InertText.make($0.element))" }
        }
        return lines.joined(separator: "\n")
    }

    /// Minutes are the exercise clock's (scenario time); at a tempo other than 1 they say so, beside the wall clock.
    private func progress(_ status: InjectStatus) -> String {
        let inScenario = exercise.tempo == .realTime ? "" : " i scenariet"
        return switch status.progress {
        case .released(let release): "gitt ut \(Timestamps.clock(release.at, timeZone: timeZone)) (\(exercise.scenario.clockTime(release.clock)))"
        case .skipped(let reason): "hoppet over: \(InertText.make(reason))"
        case .due: "FORFALT for \(status.minutesOverdue) min siden\(inScenario) – gi ut nå"
        case .unplayed: "ikke gitt ut før ENDEX"
        case .scheduled:
            "om \(status.minutesUntilDue) min\(inScenario)" + (status.expectedAt.map { " (ca. \(Timestamps.clock($0, timeZone: timeZone)))" } ?? "")
        }
    }
}
