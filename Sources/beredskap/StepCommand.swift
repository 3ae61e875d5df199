import ArgumentParser
import BeredskapCore

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Kvitter ut et steg i en nødprosedyre, eller et skadebegrensende tiltak for hendelsens kategori (--measure).",
        discussion: "Prosedyrens id og innholdshash lagres med steget. Tiltakene står nummerert i `beredskap checklist ID`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Stegets id, f.eks. eu-h1 (se `beredskap checklist`); prosedyre/steg når to prosedyrer har samme steg-id.") var step: String?
    @Option(help: ArgumentHelp("Det skadebegrensende tiltaket med dette nummeret (fra 1) i hendelsens kategori.", valueName: "N"))
    var measure: Int?

    func validate() throws {
        if (step == nil) == (measure == nil) { throw ValidationError("Oppgi enten et steg eller --measure N.") }
    }

    func run() throws {
        let store = try global.openStore()
        let id = IncidentID(incident)
        guard let current = store.state[id] else { throw Refusal.unknownIncident(id) }
        if let measure {
            guard let category = current.triage?.category else {
                throw CommandFailure(message: "\(id) er ikke vurdert ennå, så den har ingen kategori med tiltak. Vurder den først (`beredskap triage`).")
            }
            try global.execute(.completeMeasure(id, category, measure: measure - 1))
            return
        }
        // `procedure/step` names a step whose id two applying procedures share.
        let written = step ?? ""
        let parts = written.split(separator: "/", maxSplits: 1).map(String.init)
        let step = StepID(parts.last ?? written)
        let named = parts.count == 2 ? ProcedureID(parts[0]) : nil
        let found = store.state.organisation.procedures(containingStep: step, for: current).filter { named == nil || $0.id == named }
        guard let procedure = found.first else {
            throw CommandFailure(message: "Fant ikke steget «\(written)» i nødprosedyrene som gjelder \(id). Se `beredskap checklist \(id)`.")
        }
        guard found.count == 1 else {
            throw CommandFailure(message: "Steget «\(step)» finnes i flere nødprosedyrer som gjelder \(id): "
                + found.map { "\($0.id)/\(step)" }.joined(separator: ", ") + ". Skriv prosedyre/steg, f.eks. `beredskap step \(id) \(found[0].id)/\(step)`.")
        }
        try global.execute(.completeStep(id, procedure.ref, step: step))
    }
}
