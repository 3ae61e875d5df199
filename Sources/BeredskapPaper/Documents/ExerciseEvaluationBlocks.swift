import BeredskapCore
import Foundation

/// The parts of the after-action report only an exercise has: the summary a director reads first, the scenario
/// overview with the participants by name and role, how each objective's expected actions were assessed with the
/// observers' notes, and the answers to the scenario's hot-wash questions.
struct ExerciseEvaluationBlocks {
    let exercise: Exercise
    let report: AfterActionReport
    let organisation: Organisation
    let time: (Date) -> String

    private func roleName(_ role: RoleID) -> String { organisation.role(role)?.name ?? role.rawValue }

    /// Sammendrag: the expected actions met, partly met, not met and not assessed; the injects used and skipped
    /// (each with its reason); the open corrective actions.
    var summary: [Block] {
        let totals = exercise.expectationTotals
        let released = exercise.releases.count
        let unused = exercise.scenario.injects.count - released - exercise.skips.count
        let open = report.actions.filter(\.isOpen).count
        var blocks: [Block] = [
            .heading("Sammendrag"),
            .table(Table(columns: [.init("", width: 0.45), .init("", width: 0.55)], rows: [
                ["Forventede handlinger", "\(totals.total) i alt"],
                ["Oppfylt", "\(totals.met)"],
                ["Delvis oppfylt", "\(totals.partly)"],
                ["Ikke oppfylt", "\(totals.notMet)"],
                ["Ikke vurdert", "\(totals.notAssessed)"],
                ["Innspill", "\(released) gitt ut, \(exercise.skips.count) hoppet over, \(unused) ikke brukt"],
                ["Tiltak i forbedringsplanen", report.actions.isEmpty ? "ingen ennå" : "\(report.actions.count) i alt, \(open) \(open == 1 ? "åpent" : "åpne")"],
            ])),
        ]
        let skipped = exercise.skippedInjects
        if !skipped.isEmpty {
            blocks += [.subheading("Innspill som ble hoppet over"),
                       .table(Table(columns: [.init("Innspill", width: 0.22), .init("Til", width: 0.2), .init("Begrunnelse", width: 0.58)],
                                    rows: skipped.map { ["\($0.inject.id) (\(exercise.scenario.clockTime($0.inject.at.seconds).short))",
                                                         roleName($0.inject.to), $0.reason] }))]
        }
        return blocks
    }

    var overview: [Block] {
        let scenario = exercise.scenario
        let clock = exercise.clock(at: report.now)
        var rows = [
            ["Scenario", "\(scenario.id), versjon \(scenario.version)"],
            ["Startet", time(exercise.startedAt) + (scenario.startTime.map { " (kl. \(ExerciseClockTime.dotted($0)) i scenariet)" } ?? "")],
            ["Avsluttet (ENDEX)", exercise.endedAt.map { "\(time($0)), ved \(scenario.clockTime(clock.elapsed))" } ?? "Pågår"],
            ["Spilt tid på øvelsesklokken", Minutes.describe(seconds: clock.elapsed) + " av planlagt \(scenario.duration)"],
        ]
        if exercise.tempo != .realTime {
            rows.append(["Tempo", "\(exercise.tempo): planlagt \(scenario.duration) spilt på \(Minutes.describe(seconds: exercise.plannedWallTime))"])
        }
        rows.append(["Prosedyrer som ble øvd", scenario.procedures.map { organisation.procedure($0)?.title ?? $0.rawValue }.joined(separator: ", ")])
        return [
            .heading("Oversikt"),
            .table(Table(columns: [.init("", width: 0.35), .init("", width: 0.65)], rows: rows)),
            .subheading("Startsituasjon"), .paragraph(scenario.startSituation),
            .subheading("Øvingsmål"),
            .table(Table(columns: [.init("Mål", width: 0.08), .init("Hva", width: 0.72), .init("Faktaark", width: 0.2)],
                         rows: scenario.objectives.map { [$0.id.rawValue, $0.text, $0.factsheet.joined(separator: ", ")] })),
            .subheading("Roller i scenariet"),
            .table(Table(columns: [.init("Rolle", width: 0.3), .init("Oppgave i øvelsen", width: 0.7)],
                         rows: scenario.participants.map { [roleName($0.role), $0.task] })),
            .subheading("Deltakere"),
            report.participants.isEmpty ? .paragraph("Ingen har skrevet i journalen.")
                : .table(Table(columns: [.init("Navn", width: 0.35), .init("Rolle", width: 0.45), .init("Linjer", width: 0.2)],
                               rows: report.participants.map { person in
                                   let roles = (person.isFacilitator ? ["Øvingsleder"] : []) + person.roles.map(roleName)
                                   return [person.name, roles.isEmpty ? "–" : roles.joined(separator: ", "), "\(person.entries)"]
                               })),
        ]
    }

    var results: [Block] {
        var blocks: [Block] = [.heading("Måloppnåelse")]
        for result in exercise.objectiveResults {
            let rating = result.rating.map { "vurdert \($0.word)" } ?? "ikke vurdert"
            let missing = result.unassessed > 0
                ? " (\(Count.phrase(result.unassessed, "forventning", "forventninger")) ikke vurdert)" : ""
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
                       .table(Table(columns: [.init("Klokke", width: 0.2), .init("Innspill", width: 0.1), .init("Observasjon", width: 0.7)],
                                    rows: exercise.observations.map {
                                        [exercise.scenario.clockTime(exercise.clock(at: $0.at).elapsed).description, $0.inject?.rawValue ?? "", $0.text]
                                    }))]
        }
        let pauses = exercise.pauses
        if !pauses.isEmpty {
            blocks += [.subheading("Pauser"),
                       .table(Table(columns: [.init("Klokke", width: 0.2), .init("Tid", width: 0.3), .init("Begrunnelse", width: 0.5)],
                                    rows: pauses.map { pause in
                                        [exercise.scenario.clockTime(exercise.clock(at: pause.from).elapsed).description,
                                         "\(time(pause.from)) – \(pause.to.map(time) ?? "")", pause.reason ?? "uten begrunnelse"]
                                    }))]
        }
        return blocks
    }

    /// Every question of the scenario with the answers given in the hot wash.
    var answers: [Block] {
        var blocks: [Block] = [.subheading(HotWashKind.answer.heading)]
        for question in report.answers {
            blocks.append(.paragraph("\(question.number). \(question.question)"))
            blocks.append(question.answers.isEmpty ? .note("Ikke besvart.")
                          : .table(Table(columns: [.init("", width: 1)], rows: question.answers.map { ["– \($0.text)"] })))
        }
        return blocks
    }
}
