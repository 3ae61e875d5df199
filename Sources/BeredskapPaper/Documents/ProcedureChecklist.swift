import BeredskapCore

/// A procedure as a READ-DO checklist: per phase, critical steps first, in chunks of at most nine.
public enum ProcedureChecklist {
    /// Flight-deck practice: short chunks a person can hold while working through them.
    static let chunkSize = 9

    public static func document(_ procedure: Procedure, organisation: Organisation) -> PaperDocument {
        PaperDocument(mark: mark(procedure), title: procedure.title, blocks: blocks(procedure, organisation: organisation),
                      plan: PlanEdition(organisation))
    }

    static func mark(_ procedure: Procedure) -> DocumentMark {
        DocumentMark(id: procedure.id.rawValue, version: procedure.version, contentHash: procedure.contentHash)
    }

    static func blocks(_ procedure: Procedure, organisation: Organisation) -> [Block] {
        let systems = procedure.systems.map { organisation.system($0)?.name ?? $0.rawValue }
        var blocks: [Block] = [
            .heading(procedure.title),
            .note("Type: \(procedure.mode.word). Systemer: \(systems.joined(separator: ", ")). Faktaark: \(procedure.factsheetSteps.joined(separator: ", ")). "
                + "Les hvert steg, gjør det, kryss av og skriv klokkeslett og signatur."),
        ]
        let vendors = vendorLines(procedure, organisation: organisation)
        if !vendors.isEmpty { blocks.append(.note("Leverandørstøtte: " + vendors.joined(separator: "; "))) }
        for phase in Phase.allCases {
            let steps = procedure.checklist(for: phase)
            let chunks = stride(from: 0, to: steps.count, by: chunkSize).map { Array(steps[$0..<min($0 + chunkSize, steps.count)]) }
            for (index, chunk) in chunks.enumerated() {
                let part = chunks.count > 1 ? " (del \(index + 1) av \(chunks.count))" : ""
                blocks.append(.subheading("Fase: \(capitalised(phase.word))\(part)"))
                blocks.append(.checklist(chunk.enumerated().map { offset, step in
                    ChecklistItem(number: index * chunkSize + offset + 1, text: step.text, detail: detail(step, organisation: organisation),
                                  critical: step.critical)
                }))
            }
        }
        if !procedure.forms.isEmpty {
            let forms = procedure.forms.map { organisation.form($0)?.title ?? $0.rawValue }
            blocks.append(.note("Papirskjema: " + forms.joined(separator: "; ")))
        }
        if !procedure.documents.isEmpty {
            blocks.append(.note("Tilhørende dokumenter: " + procedure.documents.joined(separator: "; ")))
        }
        return blocks
    }

    /// The affected systems' vendors with their support numbers, once each: `Elektronisk pasientjournal (EPJ):
    /// EPJ-leverandør, kundesenter (EPJ-leverandøren AS) +47 000 20 001, +47 000 20 002`.
    static func vendorLines(_ procedure: Procedure, organisation: Organisation) -> [String] {
        var lines: [String] = []
        var seen: Set<ContactID> = []
        for system in procedure.systems.compactMap(organisation.system) {
            guard let id = system.vendor, seen.insert(id).inserted, let vendor = organisation.contact(id) else { continue }
            lines.append("\(system.name): \(vendor.name) (\(vendor.organisation)) \(vendor.phones.joined(separator: ", "))")
        }
        return lines
    }

    /// `IKT-vakt · innen 10 min · gjør, bekreft så mot listen` (a critical step is marked by the renderer).
    private static func detail(_ step: Step, organisation: Organisation) -> String {
        var parts: [String] = []
        parts.append(organisation.role(step.role)?.name ?? step.role.rawValue)
        if let within = step.within { parts.append("innen \(within)") }
        if step.kind == .doConfirm { parts.append("gjør, bekreft så mot listen") }
        return parts.joined(separator: " · ")
    }

    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
