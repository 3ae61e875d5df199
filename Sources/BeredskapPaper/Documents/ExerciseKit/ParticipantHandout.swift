import BeredskapCore

/// What every participant reads before the clock starts: the start situation, the objectives, who takes part with
/// which task, and the rules of play from the playbooks. No injects and no expected actions: they would give the
/// exercise away.
struct ParticipantHandout {
    let kit: ScenarioKit

    var document: PaperDocument {
        let scenario = kit.scenario
        var blocks: [Block] = [.title("Deltakerhefte")] + kit.opening
        blocks += [.heading("Startsituasjon"), .paragraph(scenario.startSituation)]
        blocks += [.heading("Øvingsmål"),
                   .table(Table(columns: [.init("Mål", width: 0.08), .init("Hva vi øver", width: 0.72), .init("Faktaark", width: 0.2)],
                                rows: scenario.objectives.map { [$0.id.rawValue, $0.text, $0.factsheet.joined(separator: ", ")] }))]
        blocks += [.heading("Deltakere og oppgaver"),
                   .table(Table(columns: [.init("Rolle", width: 0.3), .init("Oppgave i øvelsen", width: 0.7)],
                                rows: scenario.participants.map { [kit.roleName($0.role), $0.task] }))]
        let procedures = scenario.procedures.map { id in kit.organisation.procedure(id).map { "\($0.title) (\(id))" } ?? id.rawValue }
        blocks += [.heading("Prosedyrer som øves"), .table(Table(columns: [.init("", width: 1)], rows: procedures.map { [$0] }))]
        let rules = kit.organisation.exerciseKit.rules
        blocks.append(.heading("Regler for øvelsen"))
        blocks.append(rules.isEmpty ? .paragraph("Øvingslederen går gjennom reglene før start.")
                      : .table(Table(columns: [.init("", width: 0.06), .init("", width: 0.94)],
                                     rows: rules.enumerated().map { ["\($0.offset + 1).", $0.element] })))
        return PaperDocument(mark: kit.mark("deltakerhefte"), title: "Deltakerhefte", blocks: blocks)
    }
}
