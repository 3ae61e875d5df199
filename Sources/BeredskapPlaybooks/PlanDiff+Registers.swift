import BeredskapCore

/// The register parts of the diff: contacts, levels, systems, categories and forms.
extension PlanDiff {
    static func contacts(_ old: Organisation, _ new: Organisation) -> [String] {
        entries(old.contacts, new.contacts, id: \.id, name: { "\($0.name) [\($0.id.rawValue)]" },
                added: { "\($0.role), telefon \($0.phones.joined(separator: ", "))" }) { before, after in
            change("navn", before.name, after.name)
                + change("rolle", before.role, after.role)
                + change("organisasjon", before.organisation, after.organisation)
                + change("telefon", before.phones, after.phones) { $0.joined(separator: ", ") }
        }
    }

    static func levels(_ old: Organisation, _ new: Organisation) -> [String] {
        var lines = change("normal drift", old.normalDrift, new.normalDrift)
        lines += entries(old.levels, new.levels, id: \.level, name: { "nivå \($0.level.rawValue)" },
                         added: { _ in "" }) { before, after in
            change("betydning", before.meaning, after.meaning)
                + listChange("kriterier", before.criteria, after.criteria)
                + notifyChange(before.notify, after.notify, old: old, new: new)
                + listChange("krisestab", before.roles.map { roleName($0, old) }, after.roles.map { roleName($0, new) })
                + listChange("oppgaver", before.tasks.map(\.title), after.tasks.map(\.title))
        }
        return lines
    }

    static func systems(_ old: Organisation, _ new: Organisation) -> [String] {
        entries(old.systems, new.systems, id: \.id, name: { "\($0.name) [\($0.id.rawValue)]" },
                added: { "klasse \(className($0.classID, new))" }) { before, after in
            change("navn", before.name, after.name)
                + change("klasse", className(before.classID, old), className(after.classID, new))
                + change("eier", before.owner, after.owner)
                + change("leverandør", before.vendor.map { contactName($0, old) } ?? "ingen", after.vendor.map { contactName($0, new) } ?? "ingen")
                + listChange("avhenger av", before.dependsOn.map { systemName($0, old) }, after.dependsOn.map { systemName($0, new) })
                + change("maksimal avbruddstid", before.maxOutage.map(\.description) ?? "klassens", after.maxOutage.map(\.description) ?? "klassens")
        }
    }

    static func categories(_ old: Organisation, _ new: Organisation) -> [String] {
        entries(old.categories, new.categories, id: \.id, name: { "\($0.name) [\($0.id.rawValue)]" },
                added: { _ in "" }) { before, after in
            change("navn", before.name, after.name)
                + change("beskrivelse", before.description, after.description)
                + listChange("tiltak", before.measures, after.measures)
                + notifyChange(before.notify, after.notify, old: old, new: new)
        }
    }

    static func forms(_ old: Organisation, _ new: Organisation) -> [String] {
        entries(old.forms, new.forms, id: \.id, name: { "\($0.title) [\($0.id.rawValue)]" },
                added: { "serie \($0.serialPrefix.rawValue)" }) { before, after in
            change("tittel", before.title, after.title)
                + change("serie", before.serialPrefix.rawValue, after.serialPrefix.rawValue)
                + listChange("felt", before.fields.map(\.label), after.fields.map(\.label))
        }
    }

    /// Who is notified: recipients who came or went, and changed deadlines, by the contact's name.
    static func notifyChange(_ before: [NotifyRule], _ after: [NotifyRule], old: Organisation, new: Organisation) -> [String] {
        let beforeByContact = Dictionary(before.map { ($0.contact, $0.within) }, uniquingKeysWith: { first, _ in first })
        let afterContacts = Set(after.map(\.contact))
        var lines: [String] = []
        let added = after.filter { beforeByContact[$0.contact] == nil }
        if !added.isEmpty {
            lines.append("varsles nå også: " + added.map { "\(contactName($0.contact, new)) (innen \($0.within))" }.joined(separator: ", "))
        }
        let removed = before.filter { !afterContacts.contains($0.contact) }
        if !removed.isEmpty {
            lines.append("varsles ikke lenger: " + removed.map { contactName($0.contact, old) }.joined(separator: ", "))
        }
        for rule in after {
            if let was = beforeByContact[rule.contact], was != rule.within {
                lines.append("frist for å varsle \(contactName(rule.contact, new)): \(was) → \(rule.within)")
            }
        }
        return lines
    }

    static func contactName(_ id: ContactID, _ organisation: Organisation) -> String {
        organisation.contact(id).map { "\($0.name) [\(id.rawValue)]" } ?? id.rawValue
    }

    static func roleName(_ id: RoleID, _ organisation: Organisation) -> String { organisation.role(id)?.name ?? id.rawValue }

    static func systemName(_ id: SystemID, _ organisation: Organisation) -> String { organisation.system(id)?.name ?? id.rawValue }

    static func className(_ id: String, _ organisation: Organisation) -> String { organisation.criticalityClass(id)?.name ?? id }
}
