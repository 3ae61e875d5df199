import ArgumentParser
import BeredskapCore

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Kvitter ut et steg i en nødprosedyre; prosedyrens id og innholdshash lagres med det.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Stegets id, f.eks. eu-h1 (se `beredskap checklist`).") var step: String

    func run() throws {
        let store = try global.openStore()
        let id = IncidentID(incident)
        guard let current = store.state[id] else { throw Refusal.unknownIncident(id) }
        guard let procedure = store.state.organisation.procedure(containingStep: StepID(step), for: current) else {
            throw CommandFailure(message: "Fant ikke steget «\(step)» i nødprosedyrene som gjelder \(id). Se `beredskap checklist \(id)`.")
        }
        try global.execute(.completeStep(id, procedure.ref, step: StepID(step)))
    }
}
