import BeredskapCore

/// One card per inject, each on its own page so a card is handed out or cut off whole: time on the exercise clock,
/// to whom, from whom, the whole text, and on the controller's copy the expected actions with their objectives.
struct InjectCards {
    let kit: ScenarioKit
    let withExpectations: Bool

    var document: PaperDocument {
        let name = withExpectations ? "innspillskort" : "innspillskort-deltaker"
        let blocks = kit.scenario.injects.flatMap { card($0) + [.pageBreak] }
        return PaperDocument(mark: kit.mark(name), title: withExpectations ? "Innspillskort" : "Innspillskort for deltakerne",
                             blocks: Array(blocks.dropLast()))
    }

    private func card(_ inject: Inject) -> [Block] {
        var blocks: [Block] = [
            .heading("Innspill \(inject.id) · \(kit.time(inject.at))"),
            .note("ØVELSE – \(kit.scenario.title)"),
            .table(Table(columns: [.init("", width: 0.2), .init("", width: 0.8)], rows: [
                ["Tid", "\(kit.time(inject.at)), \(inject.at.value) min etter start"],
                ["Til", kit.roleName(inject.to)],
                ["Fra", inject.from],
            ])),
            .subheading("Innspillet"),
            .paragraph(inject.text),
        ]
        guard withExpectations else { return blocks }
        blocks.append(.subheading("Forventede handlinger (bare for øvingsleder og evaluator)"))
        blocks.append(inject.expectations.isEmpty ? .paragraph("Ingen forventede handlinger til dette innspillet.") : .table(Table(
            columns: [.init("Nr", width: 0.08), .init("Forventet handling", width: 0.56), .init("Øvingsmål", width: 0.36)],
            rows: inject.expectations.map { expectation in
                [expectation.id.rawValue, expectation.text,
                 kit.scenario.objective(expectation.objective).map { "\($0.id): \($0.text)" } ?? expectation.objective.rawValue]
            })))
        return blocks
    }
}
