import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The facilitator's printed kit for the shipped ransomware scenario, rendered as real PDFs and read back with
/// pdftotext: what each document must hold, and what the participants' papers must never show.
@Suite struct ExerciseKitPDFTests {
    func pdf(_ kind: ExerciseKitDocument) throws -> (path: String, scenario: ExerciseScenario, organisation: Organisation) {
        let organisation = try DemoOrganisation.load()
        let scenario = try #require(organisation.scenario("skadevare-natt"))
        let path = temporaryFile("\(kind.rawValue).pdf")
        let run = PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: true)
        try PDFRenderer.write(kind.document(scenario, organisation: organisation), run: run, to: path)
        #expect(try Poppler.check(path).status == 0)
        return (path, scenario, organisation)
    }

    @Test func theControllersInjectCardsHaveOneInjectPerPageWithItsWholeTextAndExpectedActions() throws {
        let (path, scenario, organisation) = try pdf(.injectCards)
        #expect(try Poppler.pageCount(path) == scenario.injects.count)
        for (index, inject) in scenario.injects.enumerated() {
            let page = try Poppler.text(path, page: index + 1)
            #expect(collapsed(page).contains("Innspill \(inject.id) · T+\(inject.at.value)"))
            #expect(letters(page).contains(letters(inject.text)), "the whole text of \(inject.id) on its own card")
            #expect(collapsed(page).contains("Til \(try #require(organisation.role(inject.to)).name)"), "the role's name, not its id")
            #expect(letters(page).contains(letters(inject.from)))
            for expectation in inject.expectations {
                #expect(letters(page).contains(letters(expectation.text)))
                #expect(letters(page).contains(letters(try #require(scenario.objective(expectation.objective)).text)))
            }
            #expect(page.contains("ØVELSE"))
        }
    }

    @Test func theParticipantsCardsLeaveTheExpectedActionsOut() throws {
        let (path, scenario, _) = try pdf(.participantCards)
        #expect(try Poppler.pageCount(path) == scenario.injects.count)
        let text = letters(try Poppler.text(path))
        for inject in scenario.injects { #expect(text.contains(letters(inject.text))) }
        for expectation in scenario.expectations { #expect(!text.contains(letters(expectation.text))) }
        #expect(!text.contains(letters("Forventede handlinger")))
    }

    @Test func theHandoutHasTheStartSituationObjectivesParticipantsAndRulesButNoInject() throws {
        let (path, scenario, organisation) = try pdf(.handout)
        let text = letters(try Poppler.text(path))
        #expect(text.contains(letters(scenario.startSituation)))
        for objective in scenario.objectives { #expect(text.contains(letters(objective.text))) }
        for participant in scenario.participants {
            #expect(text.contains(letters(try #require(organisation.role(participant.role)).name)))
            #expect(text.contains(letters(participant.task)))
        }
        #expect(!organisation.exerciseKit.rules.isEmpty)
        for rule in organisation.exerciseKit.rules { #expect(text.contains(letters(rule)), "rule from organisasjon.yaml: \(rule)") }
        for inject in scenario.injects { #expect(!text.contains(letters(inject.text)), "no future inject in the handout") }
        for expectation in scenario.expectations { #expect(!text.contains(letters(expectation.text))) }
        #expect(try Poppler.pageCount(path) <= 3)
    }

    @Test func theEvaluatorGuideHasEveryExpectationUnderItsObjectiveWithTheRatingWords() throws {
        let (path, scenario, _) = try pdf(.evaluatorGuide)
        let text = try Poppler.text(path)
        for expectation in scenario.expectations { #expect(letters(text).contains(letters(expectation.text))) }
        for objective in scenario.objectives { #expect(collapsed(text).contains("Målet \(objective.id) samlet")) }
        let boxes = scenario.expectations.count + scenario.objectives.count
        #expect(text.components(separatedBy: "☐ delvis oppfylt").count - 1 == boxes, "one line of boxes per expectation and objective")
        #expect(text.contains("☐ ikke oppfylt"))
    }

    @Test func theFeedbackFormAsksTheOrganisationsStatementsAndQuestions() throws {
        let (path, _, organisation) = try pdf(.feedbackForm)
        let text = letters(try Poppler.text(path))
        let kit = organisation.exerciseKit
        #expect(!kit.statements.isEmpty && !kit.questions.isEmpty)
        for line in kit.statements + kit.questions { #expect(text.contains(letters(line))) }
        #expect(text.contains(letters("1 = helt uenig, 5 = helt enig")))
        #expect(try Poppler.pageCount(path) <= 2)
    }
}
