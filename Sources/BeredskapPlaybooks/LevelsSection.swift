import BeredskapCore

/// `nivaer.yaml`: what normal drift means, and the raised levels grønn, gul and rød: what they mean, who is notified
/// and what starts (factsheet 2c).
enum LevelsSection {
    struct Levels {
        var raised: [LevelDefinition] = []
        /// What normal drift, the resting state, means for this organisation.
        var normalDrift: String?
    }

    static func read(_ file: YAMLFile, context: LoadContext) -> Levels {
        guard let top = file.topLevel(required: ["levels"], optional: ["normal_drift"], context: context) else { return Levels() }
        let read = top.items("levels", subject: Kind.level.subject, idKey: "level",
                             required: ["level", "meaning", "criteria"], optional: ["roles", "notify", "tasks"]).map(level)
        let named = Set(read.compactMap(\.level))
        for missing in ReadinessLevel.raised where !named.contains(missing) {
            context.lint.error("nivået «\(missing.rawValue)» mangler", at: top.keyLocation("levels"),
                               hint: "definer alle tre hevede nivåene grønn, gul og rød (faktaarket 2c)")
        }
        return Levels(raised: read.compactMap(\.definition), normalDrift: top.string("normal_drift"))
    }

    /// The level word even when the rest is broken, so a level is not also reported missing.
    private static func level(_ item: MappingReader) -> (level: ReadinessLevel?, definition: LevelDefinition?) {
        var level = item.choice("level", ReadinessLevel.self)
        if let normal = level, !normal.value.isRaised {
            item.context.lint.error("normal drift er hvilenivået og står ikke blant de hevede nivåene", at: normal.location,
                                    hint: "beskriv normal drift under «normal_drift» øverst i filen; her står grønn, gul og rød")
            level = nil
        }
        if let level {
            item.context.registry.define(.level, Located(value: level.value.rawValue, location: level.location))
        }
        let meaning = item.string("meaning")
        let criteria = item.texts("criteria").map(\.value)
        let roles = item.references(.role, "roles").map { RoleID($0.value) }
        if item.isBlank("notify") {
            item.context.lint.error("\(item.label) varsler ingen", at: item.location,
                                    hint: "legg til minst én regel under «notify» med contact og within (faktaarket 2c)")
        }
        let notify = item.notifyRules()
        let tasks = item.items("tasks", subject: Subject(definite: "oppgaven", indefinite: "en oppgave"), idKey: "title",
                               required: ["title", "role", "within"], optional: ["done_by"]).compactMap(task)
        guard let level, let meaning else { return (level?.value, nil) }
        let definition = LevelDefinition(level: level.value, meaning: meaning, criteria: criteria, notify: notify,
                                         tasks: tasks, roles: roles)
        return (level.value, definition)
    }

    private static func task(_ item: MappingReader) -> TaskTemplate? {
        let title = item.text("title")
        title.map { IdentityWording.check($0, in: item, field: "title") }
        let role = item.reference(.role, "role")
        let within = item.duration("within")
        let doneBy = item.fulfilment()
        guard let title, let role, let within else { return nil }
        return TaskTemplate(title: title.value, role: RoleID(role.value), within: within, doneBy: doneBy)
    }
}
