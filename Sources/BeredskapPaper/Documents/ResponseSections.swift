import BeredskapCore

/// The binder's response material: the damage-limitation measures per category (2g) and the message
/// templates with their audience (2i), so both are at hand when the console is not.
enum ResponseSections {
    static let categoriesHeading = "Hendelseskategorier og skadebegrensende tiltak"
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
