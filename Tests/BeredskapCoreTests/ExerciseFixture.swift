import Foundation
@testable import BeredskapCore

/// A small scenario for the exercise tests: three injects at T+0, T+15 and T+30, two objectives.
let drill = ExerciseScenario(
    id: "epj-natt", title: "EPJ nede om natten", version: "2026.1", contentHash: "ab12cd", duration: .hours(1),
    procedures: ["epj-uten-is"],
    objectives: [
        ExerciseObjective(id: "m1", text: "Varsle etter nivå", factsheet: ["2c"]),
        ExerciseObjective(id: "m2", text: "Gå over til papir", factsheet: ["2f"]),
    ],
    participants: [Participant(role: "ikt-vakt", task: "Mottar feilmeldingen"), Participant(role: "driftsleder", task: "Fordeler skjema")],
    startSituation: "Onsdag kl. 03.00, to på vakt.",
    injects: [
        Inject(id: "i2", at: Minutes(15), to: "driftsleder", from: "Sengepost 3B", text: "Vi har ikke skjema.",
               expectations: [Expectation(id: "f2", text: "Skjemapakker fordeles med løpenummer", objective: "m2")]),
        Inject(id: "i1", at: Minutes(0), to: "ikt-vakt", from: "Sengepost 3B", text: "EPJ svarer ikke.",
               expectations: [Expectation(id: "f1", text: "Hendelsen opprettes innen 10 min", objective: "m1"),
                              Expectation(id: "f3", text: "Krisestabsleder varsles", objective: "m1")]),
        Inject(id: "i3", at: Minutes(30), to: "ikt-vakt", from: "Driftsleverandør", text: "Forventet varighet 4 timer.",
               expectations: []),
    ],
    questions: ["Hva fungerte med varslingen?"])

extension Scenario {
    /// A story in an exercise journal, with `drill` started at `night`.
    static func exercise(started: Bool = true, by facilitator: OperatorName? = nil) throws(Refusal) -> Scenario {
        var s = Scenario()
        s.state = State(isExercise: true)
        if started { try s.run(.startExercise(drill), by: facilitator) }
        return s
    }
}
