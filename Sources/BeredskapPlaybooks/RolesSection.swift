import BeredskapCore

/// `roller.yaml`: the krisestab roles, their checklists and their action cards per raised level (factsheet 2e), and
/// which role holds the decisions the playbooks reserve (`decisions`, Normen 5.2.1 and 5.2.2).
enum RolesSection {
    static let cardSubject = Subject(definite: "tiltakskortet", indefinite: "et tiltakskort")
    static let decisionsSubject = Subject(definite: "beslutningene", indefinite: "beslutningene")

    struct Roles {
        var definitions: [RoleDefinition] = []
        var authority = DecisionAuthority.defaults
    }

    static func read(_ file: YAMLFile, context: LoadContext) -> Roles {
        guard let top = file.topLevel(required: ["roles"], optional: ["decisions"], context: context) else {
            context.registry.markUnavailable(.role)
            return Roles()
        }
        return Roles(definitions: definitions(top), authority: authority(top))
    }

    /// `decisions: {level: {role: krisestabsleder, relay: true}, ...}`: each reserved decision with the role that
    /// takes it and whether others may record it on the holder's behalf. Message approval stays with the krisestab
    /// lead unless set here.
    private static func authority(_ top: MappingReader) -> [ReservedDecision: DecisionAuthority] {
        var authority = DecisionAuthority.defaults
        guard let node = top.node("decisions"),
              let decisions = MappingReader(node, file: top.file, context: top.context, subject: decisionsSubject, idKey: nil,
                                            required: [], optional: ReservedDecision.allCases.map(\.rawValue)) else { return authority }
        for decision in ReservedDecision.allCases {
            guard let entry = decisions.node(decision.rawValue),
                  let reader = MappingReader(entry, file: top.file, context: top.context, subject: Subject(definite: "", indefinite: "beslutningen «\(decision.rawValue)»"), idKey: nil,
                                             required: ["role", "relay"]) else { continue }
            guard let role = reader.reference(.role, "role"), let relay = reader.bool("relay") else { continue }
            authority[decision] = DecisionAuthority(role: RoleID(role.value), relay: relay)
        }
        return authority
    }

    private static func definitions(_ top: MappingReader) -> [RoleDefinition] {
        top.items("roles", subject: Kind.role.subject, required: ["id", "name", "description", "checklist"], optional: ["cards"])
            .compactMap { item in
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
