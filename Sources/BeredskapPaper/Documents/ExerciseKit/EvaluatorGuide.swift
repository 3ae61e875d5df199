import BeredskapCore

/// The blank exercise evaluation guide: per objective its expected actions, each with the inject that prompts it,
/// boxes for the rating and lines for what the evaluator saw; then a rating of the objective as a whole.
struct EvaluatorGuide {
    let kit: ScenarioKit

    var document: PaperDocument {
        var blocks: [Block] = [.title("Evaluatorveiledning")] + kit.opening
        blocks.append(.paragraph("Evaluator: ______________________________   Dato: ______________"))
        blocks.append(.note("Kryss av for hver forventet handling om den ble \(ExpectationRating.allCases.map(\.word).joined(separator: ", ")), "
            + "og skriv hva du så og når (T+mm). Alt som ikke er «\(ExpectationRating.met.word)», trenger en merknad."))
        for objective in kit.scenario.objectives {
            blocks.append(.heading("\(objective.id): \(objective.text)"))
            blocks.append(.note("Faktaark \(objective.factsheet.joined(separator: ", "))"))
            for inject in kit.scenario.injects {
                for expectation in inject.expectations where expectation.objective == objective.id {
                    blocks += [.subheading("\(expectation.id) · innspill \(inject.id) · \(kit.time(inject.at)): \(expectation.text)"),
                               .paragraph(ScenarioKit.ratingBoxes), .writingLines(3)]
                }
            }
            blocks += [.subheading("Målet \(objective.id) samlet"), .paragraph(ScenarioKit.ratingBoxes), .writingLines(2)]
        }
        return PaperDocument(mark: kit.mark("evaluatorveiledning"), title: "Evaluatorveiledning", blocks: blocks)
    }
}
