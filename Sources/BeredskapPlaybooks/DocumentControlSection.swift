import BeredskapCore
import Foundation

/// organisasjon.yaml's document control (Normen 2.3): `approved`, `changes`, `distribution` and `quick_card`.
enum DocumentControlSection {
    static let keys = ["approved", "changes", "distribution", "quick_card"]
    /// A card that fits one page and is read in a hurry.
    static let maxFirstSteps = 3

    /// `planHash` is the plan's hash as it is now, compared with the approved one.
    static func read(_ top: MappingReader, version: String?, planHash: String) -> DocumentControl {
        let approval = self.approval(top, planHash: planHash)
        let changes = top.items("changes", subject: Subject(definite: "endringen", indefinite: "en endring"), idKey: "version",
                                required: ["version", "date", "change", "by"]).compactMap { item -> PlanChange? in
            guard let version = item.string("version"), let date = item.date("date"), let change = item.string("change"),
                  let by = item.string("by") else { return nil }
            return PlanChange(version: version, date: date.value, change: change, by: by)
        }
        if let version, !changes.isEmpty, !changes.contains(where: { $0.version == version }) {
            top.context.lint.warning("endringsloggen har ingen linje for versjon «\(version)»", at: top.keyLocation("changes"),
                                     hint: "før opp hva som er endret i versjon \(version), når og av hvem")
        }
        let distribution = top.items("distribution", subject: Kind.department.subject,
                                     required: ["id", "name", "copies", "binder", "forms"]).compactMap { item -> Department? in
            let id = item.identifier(.department)
            guard let id, let name = item.string("name"), let copies = item.positiveInteger("copies"),
                  let binder = item.string("binder"), let forms = item.string("forms") else { return nil }
            return Department(id: id.value, name: name, copies: copies, binderPlace: binder, formsPlace: forms)
        }
        return DocumentControl(approval: approval, changes: changes, distribution: distribution,
                               quickCard: quickCard(top), planHash: planHash)
    }

    private static func approval(_ top: MappingReader, planHash: String) -> PlanApproval? {
        let paste = "approved: {by: \"NAVN, ROLLE\", at: ÅÅÅÅ-MM-DD, hash: \"\(planHash)\"}"
        guard top.has("approved") else {
            top.context.lint.warning("planen er ikke godkjent: nødpermen skrives ut som UTKAST", at: top.keyLocation("version"),
                                     hint: "når planen er godkjent, skriv i organisasjon.yaml: \(paste)")
            return nil
        }
        guard let reader = top.mapping("approved", required: ["by", "at", "hash"]) else { return nil }
        guard let by = reader.string("by"), let at = reader.date("at"), let hash = reader.text("hash") else { return nil }
        if hash.value != planHash {
            top.context.lint.warning("planen er endret etter godkjenning: godkjenn på nytt", at: hash.location,
                                     hint: "sjekksummen nå er «\(planHash)»; når endringene er godkjent, skriv den i «hash», "
                                         + "øk «version» og før endringen i «changes» (beredskap plan diff viser hva som er endret)")
        }
        return PlanApproval(by: by, at: at.value, hash: hash.value)
    }

    private static func quickCard(_ top: MappingReader) -> QuickCard {
        guard let reader = top.mapping("quick_card", required: ["first_steps"], optional: ["it_on_call"]) else { return QuickCard() }
        let itOnCall = reader.reference(.contact, "it_on_call").map { ContactID($0.value) }
        let steps = reader.texts("first_steps")
        if steps.count > maxFirstSteps {
            top.context.lint.error("hurtigkortet har \(steps.count) første tiltak, men plass til høyst \(maxFirstSteps)",
                                   at: steps[maxFirstSteps].location, hint: "behold de tre viktigste; resten står i prosedyrene")
        }
        return QuickCard(itOnCall: itOnCall, firstSteps: steps.prefix(maxFirstSteps).map(\.value))
    }
}
