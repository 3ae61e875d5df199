import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The binder carries the categories' damage-limitation measures and the message templates (2g, 2i).
@Suite struct BinderResponseTests {
    let organisation: Organisation
    let text: String

    init() throws {
        organisation = try DemoOrganisation.load()
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let document = Binder.document(organisation, printedAt: DemoOrganisation.now, timeZone: oslo)
        let run = PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: false, timeZone: oslo)
        text = TextRenderer.render(document, run: run).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func flat(_ string: String) -> String { string.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func everyCategoryIsPrintedWithEachOfItsMeasures() throws {
        #expect(!organisation.categories.isEmpty)
        #expect(text.contains("Hendelseskategorier og skadebegrensende tiltak"))
        for category in organisation.categories {
            #expect(text.contains(flat(category.name)), "\(category.id)")
            for measure in category.measures { #expect(text.contains(flat(measure)), "\(category.id): \(measure)") }
        }
    }

    @Test func everyRoleCardIsPrintedWithItsLevel() throws {
        let roles = organisation.roles.filter { !$0.actionCards.isEmpty }
        #expect(!roles.isEmpty)
        #expect(text.contains("Tiltakskort for krisestaben"))
        for role in roles {
            #expect(text.contains(flat(role.name)), "\(role.id)")
            for (level, actions) in role.actionCards {
                for action in actions { #expect(text.contains(flat(action)), "\(role.id) \(level): \(action)") }
                #expect(text.contains("Beredskapsnivå \(level.rawValue): gjør først"))
            }
        }
    }

    @Test func everyTemplateIsPrintedWithItsAudienceAndText() throws {
        #expect(!organisation.templates.isEmpty)
        for template in organisation.templates {
            #expect(text.contains(flat("\(template.title) Til: \(template.audience.rawValue)")), "\(template.id)")
            #expect(text.contains(flat(template.text)), "\(template.id)")
            #expect(!text.contains("␊"), "a line break in a template is a new paragraph, not an inert mark")
        }
    }
}
