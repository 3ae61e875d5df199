import BeredskapCore
import Foundation

/// The inject timeline as text for `exercise injects`: the clock, then each inject with its state and its
/// expectations with their assessments.
struct FacilitatorTimeline {
    let exercise: Exercise
    let now: Date
    let timeZone: TimeZone

    var text: String {
        let clock = exercise.clock(at: now)
        let state = clock.isEnded ? "avsluttet (ENDEX)" : clock.isPaused ? "STÅR STILLE" : "går"
        var lines = ["*** ØVELSE *** \(InertText.make(exercise.scenario.title))",
                     "Øvelsesklokke: T+\(Self.minutes(clock.elapsed)) (\(state)); planlagt \(exercise.scenario.duration)"]
        for status in exercise.timeline(at: now) {
            let inject = status.inject
            lines.append("")
            lines.append("\(inject.id)  T+\(inject.at.value)  \(progress(status))  → \(inject.to)  fra \(InertText.make(inject.from))")
            lines.append("    \(InertText.make(inject.text))")
            for expectation in inject.expectations {
                let rating = exercise.assessments[expectation.id].map { $0.rating.word } ?? "ikke vurdert"
                lines.append("    \(expectation.id) [\(rating)] \(InertText.make(expectation.text))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func progress(_ status: InjectStatus) -> String {
        switch status.progress {
        case .released(let release): "gitt ut \(Timestamps.clock(release.at, timeZone: timeZone)) (T+\(Self.minutes(release.clock)))"
        case .skipped(let reason): "hoppet over: \(InertText.make(reason))"
        case .due: "FORFALT for \(Self.minutes(-status.dueIn)) min siden – gi ut nå"
        case .scheduled:
            "om \(Int((status.dueIn / 60).rounded(.up))) min" + (status.expectedAt.map { " (ca. \(Timestamps.clock($0, timeZone: timeZone)))" } ?? "")
        }
    }

    private static func minutes(_ seconds: TimeInterval) -> Int { Int((seconds / 60).rounded(.down)) }
}
