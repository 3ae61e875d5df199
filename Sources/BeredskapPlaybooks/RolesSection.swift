import BeredskapCore

/// `roller.yaml`: the krisestab roles, their checklists and their action cards per raised level (factsheet 2e).
enum RolesSection {
    static let cardSubject = Subject(definite: "tiltakskortet", indefinite: "et tiltakskort")

    static func read(_ file: YAMLFile, context: LoadContext) -> [RoleDefinition] {
        file.entries("roles", kind: .role, required: ["id", "name", "description", "checklist"], optional: ["cards"],
                     context: context).compactMap { item in
            let id = item.identifier(.role)
            let name = item.string("name")
            let description = item.string("description")
            let checklist = item.texts("checklist").map(\.value)
            let cards = actionCards(item)
            guard let id, let name, let description else { return nil }
            return RoleDefinition(id: RoleID(id.value), name: name, description: description, checklist: checklist,
                                  actionCards: cards)
        }
    }

    /// `cards: [{level: gul, actions: [...]}]`: one card per raised level, each with at least one action.
    private static func actionCards(_ item: MappingReader) -> [ReadinessLevel: [String]] {
        var cards: [ReadinessLevel: [String]] = [:]
        for card in item.items("cards", subject: cardSubject, idKey: "level", required: ["level", "actions"]) {
            let actions = card.texts("actions").map(\.value)
            guard let level = card.choice("level", ReadinessLevel.self) else { continue }
            guard level.value.isRaised else {
                card.context.lint.error("normal drift har ikke tiltakskort", at: level.location,
                                        hint: "tiltakskort gjelder de hevede nivåene grønn, gul og rød")
                continue
            }
            guard cards[level.value] == nil else {
                card.context.lint.error("rollen har allerede et tiltakskort for nivået «\(level.value.rawValue)»", at: level.location,
                                        hint: "samle tiltakene for nivået på ett kort")
                continue
            }
            if card.isEmptyList("actions") {
                card.context.lint.error("tiltakskortet for nivået «\(level.value.rawValue)» har ingen tiltak", at: card.keyLocation("actions"),
                                        hint: "skriv de første tiltakene rollen gjør på nivået, korte og i bydeform")
            }
            cards[level.value] = actions
        }
        return cards
    }
}
