import BeredskapCore
import Foundation

/// The binder's document control (Normen 2.3): the approval on the cover, then a page with the change log and the
/// distribution list.
enum PlanControlBlocks {
    static let heading = "Dokumentstyring: endringslogg og distribusjon"

    /// The cover's sentence on the approval; nil for a plan under no document control.
    static func approvalSentence(_ organisation: Organisation) -> String? {
        organisation.documentControl.map(approval)
    }

    /// The change log and distribution page, ending with a page break; nothing for a plan under no document control.
    static func register(_ organisation: Organisation) -> [Block] {
        guard let control = organisation.documentControl else { return [] }
        var blocks: [Block] = [.heading(heading)]
        if !control.changes.isEmpty {
            blocks.append(.subheading("Endringslogg"))
            blocks.append(.table(Table(columns: [.init("Versjon", width: 0.12), .init("Dato", width: 0.14), .init("Endring", width: 0.52),
                                                 .init("Av", width: 0.22)],
                                       rows: control.changes.map { [$0.version, PlanEdition.day($0.date), $0.change, $0.by] })))
        }
        if !control.distribution.isEmpty {
            let total = control.distribution.reduce(0) { $0 + $1.copies }
            blocks.append(.subheading("Distribusjon (\(Count.phrase(total, "eksemplar", "eksemplarer")))"))
            blocks.append(.table(Table(columns: [.init("Avdeling", width: 0.24), .init("Eks.", width: 0.08),
                                                 .init("Nødpermen ligger", width: 0.34), .init("Skjemaene ligger", width: 0.34)],
                                       rows: control.distribution.map { [$0.name, "\($0.copies)", $0.binderPlace, $0.formsPlace] })))
        }
        return blocks + [.pageBreak]
    }

    private static func approval(_ control: DocumentControl) -> String {
        guard let approval = control.approval else {
            return "UTKAST: planen er ikke godkjent. Denne nødpermen gjelder ikke før planen er godkjent og skrevet ut på nytt."
        }
        guard control.isApproved else {
            return "UTKAST: planen er endret etter at \(approval.by) godkjente den \(PlanEdition.day(approval.at)). "
                + "Denne nødpermen gjelder ikke før endringene er godkjent og den er skrevet ut på nytt."
        }
        return "Godkjent av \(approval.by), \(PlanEdition.day(approval.at))."
    }
}
