import BeredskapCore

/// A scenario's injects as planned, for `exercise injects SCENARIO` before the exercise starts: T+mm, to whom (the
/// role's name), from whom, the text and the expected actions with their objectives.
struct InjectPlan {
    let scenario: ExerciseScenario
    let organisation: Organisation

    var text: String {
        var lines = ["*** ØVELSE (plan) *** \(InertText.make(scenario.title))",
                     "Scenario \(scenario.id), versjon \(InertText.make(scenario.version)); planlagt \(scenario.duration); "
                        + Count.phrase(scenario.injects.count, "innspill", "innspill")
                        + (scenario.startTime.map { "; scenariet starter kl. \(ExerciseClockTime.dotted($0))" } ?? "")]
        for inject in scenario.injects {
            let role = organisation.role(inject.to)?.name ?? inject.to.rawValue
            lines.append("")
            lines.append("\(scenario.clockTime(inject.at.seconds))  \(inject.id)  til \(InertText.make(role))  "
                + "fra \(InertText.make(inject.from))")
            lines.append("    \(InertText.make(inject.text))")
            for expectation in inject.expectations {
                lines.append("    \(expectation.id) (\(expectation.objective)) \(InertText.make(expectation.text))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
