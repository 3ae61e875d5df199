import BeredskapCore

/// One page per department for the wall or the desk: whom to call, where the binder and the forms are, and the
/// first things to do, all from the playbooks (organisasjon.yaml `quick_card` and `distribution`, nivaer.yaml).
public enum QuickCardDocument {
    static let heading = "Hurtigkort per avdeling"

    /// The cards of `departments` (all on the distribution list when nil), each on its own page.
    public static func document(_ organisation: Organisation, departments: [Department]? = nil) -> PaperDocument {
        let departments = departments ?? organisation.documentControl?.distribution ?? []
        let blocks = departments.enumerated().flatMap { index, department in
            (index == 0 ? [] : [Block.pageBreak]) + card(department, organisation: organisation)
        }
        return PaperDocument(mark: mark(organisation), title: "Hurtigkort – \(organisation.name)", blocks: blocks,
                             plan: PlanEdition(organisation))
    }

    static func mark(_ organisation: Organisation) -> DocumentMark {
        DocumentMark(id: "hurtigkort", version: organisation.version, contentHash: organisation.planHash)
    }

    /// One department's card: a page's worth, never more.
    static func card(_ department: Department, organisation: Organisation) -> [Block] {
        let card = organisation.documentControl?.quickCard ?? QuickCard()
        var blocks: [Block] = [.title("Hurtigkort ved IKT-bortfall: \(department.name)")]
        if !card.firstSteps.isEmpty {
            blocks.append(.heading("Gjør dette først"))
            blocks.append(.checklist(card.firstSteps.enumerated().map { ChecklistItem(number: $0.offset + 1, text: $0.element, detail: "") }))
        }
        blocks.append(.heading("Ring"))
        let rows = callList(organisation).map { contact in
            [contact.name, String(contact.role.prefix { $0 != ";" }),
             contact.phones.map(RegisterSections.unbroken).joined(separator: " ")]
        }
        blocks.append(.table(Table(columns: [.init("Navn", width: 0.3), .init("Rolle", width: 0.42), .init("Telefon", width: 0.28)],
                                   rows: rows)))
        blocks.append(.heading("Her ligger det"))
        blocks.append(.table(Table(columns: [.init("Hva", width: 0.3), .init("Hvor", width: 0.7)], rows: [
            ["Nødpermen", department.binderPlace],
            ["Papirskjema", department.formsPlace],
        ])))
        var note = "Nødpermen har prosedyrene for hvert system, kontaktlisten og de blanke skjemaene."
        if let onCall = card.itOnCall.flatMap(organisation.contact) { note += " Ring \(onCall.name) først." }
        if let lowest = lowestLevel(organisation) { note += " De andre varsles når beredskapsnivå \(lowest.level.name) settes." }
        blocks.append(.note(note))
        return blocks
    }

    /// IT on call first, then everyone notified when the first raised level is set, each once.
    static func callList(_ organisation: Organisation) -> [Contact] {
        let first = organisation.documentControl?.quickCard.itOnCall.map { [$0] } ?? []
        let lowest = lowestLevel(organisation)
        var seen: Set<ContactID> = []
        return (first + (lowest?.notify.map(\.contact) ?? [])).filter { seen.insert($0).inserted }.compactMap(organisation.contact)
    }

    private static func lowestLevel(_ organisation: Organisation) -> LevelDefinition? {
        organisation.levels.min { $0.level < $1.level }
    }
}
