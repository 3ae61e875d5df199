import BeredskapCore

/// The procedures part of the diff: title, type, what selects them, and their steps phase by phase.
extension PlanDiff {
    static func procedures(_ old: Organisation, _ new: Organisation) -> [String] {
        entries(old.procedures, new.procedures, id: \.id, name: { "\($0.title) [\($0.id.rawValue)]" },
                added: { "\(stepCount($0)) steg" }) { before, after in
            change("tittel", before.title, after.title)
                + change("versjon", before.version, after.version)
                + change("type", before.mode.rawValue, after.mode.rawValue)
                + listChange("systemer", before.systems.map { systemName($0, old) }, after.systems.map { systemName($0, new) })
                + listChange("kategorier", before.categories.map { categoryName($0, old) }, after.categories.map { categoryName($0, new) })
                + listChange("skjema", before.forms.map { formName($0, old) }, after.forms.map { formName($0, new) })
                + ProcedureFile.phases.flatMap { steps(in: $0, before.steps[$0] ?? [], after.steps[$0] ?? [], old: old, new: new) }
        }
    }

    /// Steps of one phase matched by id: added, removed, reworded, moved, and changes of who, when and how critical.
    private static func steps(in phase: Phase, _ before: [Step], _ after: [Step], old: Organisation, new: Organisation) -> [String] {
        let place = "i fasen «\(phase.word)»"
        var lines: [String] = []
        let beforeByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.map(\.id))
        for step in after {
            let label = "[\(step.id.rawValue)]"
            guard let was = beforeByID[step.id] else {
                lines.append("nytt steg \(place): «\(step.text)» \(label)")
                continue
            }
            if was.text != step.text { lines.append("steg \(label) \(place) omformulert: «\(was.text)» → «\(step.text)»") }
            if was.role != step.role {
                lines.append("steg \(label) \(place) utføres nå av \(roleName(step.role, new)), ikke \(roleName(was.role, old))")
            }
            if was.within != step.within {
                lines.append("frist for steg \(label) \(place): \(was.within?.description ?? "ingen") → \(step.within?.description ?? "ingen")")
            }
            if was.critical != step.critical {
                lines.append("steg \(label) \(place) er \(step.critical ? "nå kritisk" : "ikke lenger kritisk")")
            }
        }
        for step in before where !afterIDs.contains(step.id) {
            lines.append("steg fjernet \(place): «\(step.text)» [\(step.id.rawValue)]")
        }
        let kept = after.map(\.id).filter { beforeByID[$0] != nil }
        if kept != before.map(\.id).filter(afterIDs.contains) {
            lines.append("stegene \(place) står i ny rekkefølge: " + kept.map(\.rawValue).joined(separator: ", "))
        }
        return lines
    }

    private static func stepCount(_ procedure: Procedure) -> Int { procedure.steps.values.reduce(0) { $0 + $1.count } }

    static func categoryName(_ id: CategoryID, _ organisation: Organisation) -> String {
        organisation.category(id)?.name ?? id.rawValue
    }

    static func formName(_ id: FormTypeID, _ organisation: Organisation) -> String { organisation.form(id)?.title ?? id.rawValue }
}
