import BeredskapCore
import Foundation

/// The parts of the after-action report only an exercise has: the scenario overview, and how each objective's
/// expected actions were assessed, with the observers' notes.
struct ExerciseEvaluationBlocks {
    let exercise: Exercise
    let now: Date
    let time: (Date) -> String

    var overview: [Block] {
        let scenario = exercise.scenario
        let clock = exercise.clock(at: now)
        let released = exercise.releases.count
        let rows = [
            ["Scenario", "\(scenario.id), versjon \(scenario.version)"],
            ["Startet", time(exercise.startedAt)],
            ["Avsluttet (ENDEX)", exercise.endedAt.map(time) ?? "Pågår"],
            ["Spilt tid på øvelsesklokken", Minutes.describe(seconds: clock.elapsed) + " av planlagt \(scenario.duration)"],
            ["Innspill", "\(released) gitt ut, \(exercise.skips.count) hoppet over, \(scenario.injects.count - released - exercise.skips.count) ikke brukt"],
            ["Prosedyrer som ble øvd", scenario.procedures.map(\.rawValue).joined(separator: ", ")],
        ]
        return [
            .heading("Oversikt"),
            .table(Table(columns: [.init("", width: 0.35), .init("", width: 0.65)], rows: rows)),
            .subheading("Startsituasjon"), .paragraph(scenario.startSituation),
            .subheading("Øvingsmål"),
            .table(Table(columns: [.init("Mål", width: 0.08), .init("Hva", width: 0.72), .init("Faktaark", width: 0.2)],
                         rows: scenario.objectives.map { [$0.id.rawValue, $0.text, $0.factsheet.joined(separator: ", ")] })),
            .subheading("Deltakere"),
            .table(Table(columns: [.init("Rolle", width: 0.3), .init("Oppgave i øvelsen", width: 0.7)],
                         rows: scenario.participants.map { [$0.role.rawValue, $0.task] })),
        ]
    }

    var results: [Block] {
        var blocks: [Block] = [.heading("Måloppnåelse")]
        for result in exercise.objectiveResults {
            let rating = result.rating.map { "vurdert \($0.word)" } ?? "ikke vurdert"
            let missing = result.unassessed > 0 ? " (\(result.unassessed) forventninger ikke vurdert)" : ""
            blocks.append(.subheading("\(result.objective.id): \(result.objective.text) – \(rating)\(missing)"))
            blocks.append(.table(Table(
                columns: [.init("Nr", width: 0.07), .init("Forventet handling", width: 0.43), .init("Vurdering", width: 0.17),
                          .init("Merknad", width: 0.33)],
                rows: result.expectations.map { [
                    $0.expectation.id.rawValue, $0.expectation.text, $0.assessment?.rating.word ?? "ikke vurdert", $0.assessment?.note ?? "",
                ] })))
        }
        if !exercise.observations.isEmpty {
            blocks += [.heading("Observasjoner"),
                       .table(Table(columns: [.init("Tid", width: 0.2), .init("Innspill", width: 0.1), .init("Observasjon", width: 0.7)],
                                    rows: exercise.observations.map { [time($0.at), $0.inject?.rawValue ?? "", $0.text] }))]
        }
        blocks += [.subheading("Spørsmål til hot wash"),
                   .table(Table(columns: [.init("", width: 1)], rows: exercise.scenario.questions.map { [$0] }))]
        return blocks
    }
}
