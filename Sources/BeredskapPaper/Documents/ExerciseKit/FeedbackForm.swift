import BeredskapCore

/// The participant feedback form: the organisation's statements rated from 1 to 5 and its open questions, with
/// room to write. It asks for the role, never the name.
struct FeedbackForm {
    let kit: ScenarioKit

    var document: PaperDocument {
        let text = kit.organisation.exerciseKit
        var blocks: [Block] = [.title("Tilbakemeldingsskjema")] + kit.opening
        blocks.append(.paragraph("Din rolle i øvelsen: ______________________________   Dato: ______________"))
        if !text.statements.isEmpty {
            let scale = (1...5).map { Table.Column("\($0)", width: 0.07) }
            blocks += [.heading("Hvor enig er du?"),
                       .note("1 = helt uenig, 5 = helt enig. Kryss av én rute per påstand."),
                       .table(Table(columns: [.init("Påstand", width: 0.65)] + scale,
                                    rows: text.statements.map { [$0] + Array(repeating: "☐", count: 5) }))]
        }
        if !text.questions.isEmpty { blocks.append(.heading("Spørsmål")) }
        for question in text.questions { blocks += [.subheading(question), .writingLines(4)] }
        blocks += [.subheading("Andre kommentarer"), .writingLines(4)]
        return PaperDocument(mark: kit.mark("tilbakemeldingsskjema"), title: "Tilbakemeldingsskjema", blocks: blocks)
    }
}
