import BeredskapCore
import Foundation

/// Nødpermen: everything staff need on paper when the systems are down, printed in advance for every department.
public enum Binder {
    /// Times on the organisation's wall clock unless `timeZone` says otherwise.
    public static func document(_ organisation: Organisation, printedAt: Date, timeZone: TimeZone? = nil) -> PaperDocument {
        let timeZone = timeZone ?? organisation.timeZone
        let hash = organisation.planHash
        let mark = DocumentMark(id: "nødperm", version: organisation.version, contentHash: hash)
        let departments = organisation.documentControl?.distribution ?? []
        let contents = (organisation.documentControl == nil ? [] : [PlanControlBlocks.heading])
            + (departments.isEmpty ? [] : [QuickCardDocument.heading]) + ["Kontaktliste", "Systemregister", "Beredskapsnivåer og varsling", ResponseSections.categoriesHeading,
                        ResponseSections.cardsHeading]
            + organisation.procedures.map(\.title) + [ResponseSections.templatesHeading, "Papirskjema (blanke)"]
        var blocks: [Block] = [
            .title("Nødperm: nødprosedyrer ved bortfall av IKT"),
            .paragraph(organisation.name),
            .paragraph((["Playbooks-versjon \(organisation.version)."] + [PlanControlBlocks.approvalSentence(organisation)].compactMap { $0 })
                .joined(separator: " ")),
            .paragraph((organisation.documentControl == nil ? "Sjekksum over alle prosedyrer: " : "Sjekksum over planen: ")
                + "\(hash). Skrevet ut \(Timestamps.local(printedAt, timeZone: timeZone))."),
            .note("Oppbevares i beredskapsskapet på hver avdeling. Skriv ut på nytt ved hver ny versjon, og kast den gamle."),
        ]
        if organisation.fictional {
            blocks.append(.note("Fiktiv virksomhet til demonstrasjon og øvelse: alle navn og telefonnumre er oppdiktet."))
        }
        blocks.append(.heading("Innhold"))
        blocks.append(.contents(contents))
        blocks.append(.pageBreak)
        blocks += PlanControlBlocks.register(organisation)
        if !departments.isEmpty {
            blocks.append(.heading(QuickCardDocument.heading))
            for department in departments {
                blocks += QuickCardDocument.card(department, organisation: organisation)
                blocks.append(.pageBreak)
            }
        }
        blocks += RegisterSections.contacts(organisation, now: printedAt, timeZone: timeZone)
        blocks.append(.pageBreak)
        blocks += SystemRegisterSection.blocks(organisation)
        blocks.append(.pageBreak)
        blocks += RegisterSections.levels(organisation)
        blocks.append(.pageBreak)
        blocks += ResponseSections.categories(organisation)
        blocks.append(.pageBreak)
        blocks += ResponseSections.actionCards(organisation)
        for procedure in organisation.procedures {
            blocks.append(.section(ProcedureChecklist.mark(procedure)))
            blocks += ProcedureChecklist.blocks(procedure, organisation: organisation)
        }
        blocks.append(.section(mark))
        blocks += ResponseSections.templates(organisation)
        blocks.append(.pageBreak)
        blocks += RegisterSections.blankForms(organisation)
        return PaperDocument(mark: mark, title: "Nødperm – \(organisation.name)", blocks: blocks, plan: PlanEdition(organisation))
    }
}
