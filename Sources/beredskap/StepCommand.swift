import ArgumentParser
import BeredskapCore

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Kvitter ut et steg i en nødprosedyre, eller et skadebegrensende tiltak for hendelsens kategori (--measure).",
        discussion: "Prosedyrens id og innholdshash lagres med steget. Tiltakene står nummerert i `beredskap checklist ID`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Stegets id, f.eks. eu-h1 (se `beredskap checklist`).") var step: String?
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
        let step = StepID(step ?? "")
        guard let procedure = store.state.organisation.procedure(containingStep: step, for: current) else {
            throw CommandFailure(message: "Fant ikke steget «\(step)» i nødprosedyrene som gjelder \(id). Se `beredskap checklist \(id)`.")
        }
        try global.execute(.completeStep(id, procedure.ref, step: step))
    }
}
