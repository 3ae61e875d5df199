import BeredskapCore

/// The binder's response material: the damage-limitation measures per category (2g), the krisestab roles'
/// action cards (2e) and the message templates with their audience (2i), at hand when the console is not.
enum ResponseSections {
    static let categoriesHeading = "Hendelseskategorier og skadebegrensende tiltak"
    static let cardsHeading = "Tiltakskort for krisestaben"
    static let templatesHeading = "Meldingsmaler"

    /// Each category with its description and its measures as a READ-DO checklist.
    static func categories(_ organisation: Organisation) -> [Block] {
        var blocks: [Block] = [.heading(categoriesHeading)]
        for category in organisation.categories {
            blocks.append(.subheading(category.name))
            blocks.append(.paragraph(category.description))
            blocks.append(category.measures.isEmpty
                ? .note("Ingen skadebegrensende tiltak er beskrevet for kategorien.")
                : .checklist(category.measures.enumerated().map { index, text in
                    ChecklistItem(number: index + 1, text: text, detail: "Skadebegrensende tiltak (2g)")
                }))
        }
        return blocks
    }

    /// Each role with a card: what it does first at each raised level, lowest level first.
    static func actionCards(_ organisation: Organisation) -> [Block] {
        var blocks: [Block] = [.heading(cardsHeading)]
        for role in organisation.roles where !role.actionCards.isEmpty {
            blocks.append(.subheading(role.name))
            for level in ReadinessLevel.allCases where level.isRaised && !role.actionCard(for: level).isEmpty {
                blocks.append(.checklist(role.actionCard(for: level).enumerated().map { index, action in
                    ChecklistItem(number: index + 1, text: action, detail: "Beredskapsnivå \(level.rawValue): gjør først")
                }))
            }
        }
        return blocks
    }

    /// Each template with its audience and its text, a paragraph a line, [bracketed] parts to fill in by hand.
    static func templates(_ organisation: Organisation) -> [Block] {
        var blocks: [Block] = [.heading(templatesHeading),
                               .note("Fyll inn delene i [klammer]. Ingen helseopplysninger eller pasientidentitet i meldinger.")]
        for template in organisation.templates {
            blocks.append(.subheading(template.title))
            blocks.append(.paragraph("Til: \(template.audience.rawValue)"))
            blocks += template.text.split(separator: "\n").map { .paragraph(String($0)) }
        }
        return blocks
    }
}
