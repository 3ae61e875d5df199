import ArgumentParser
import BeredskapCore

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Sjekklisten for hendelsens fase: stegene i nødprosedyrene som gjelder, kritiske først.",
        discussion: "Kvitter ut et steg med `beredskap step ID STEG`, og et skadebegrensende tiltak med `beredskap step ID --measure N`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String

    func run() throws {
        let store = try global.readStore()
        guard let incident = store.state[IncidentID(incident)] else { throw Refusal.unknownIncident(IncidentID(incident)) }
        let procedures = store.state.organisation.procedures(for: incident)
        printMeasures(of: incident, in: store.state.organisation)
        guard !procedures.isEmpty else {
            print("Ingen nødprosedyre gjelder ennå: vurder hendelsen først (`beredskap triage`).")
            return
        }
        for procedure in procedures {
            let steps = procedure.checklist(for: incident.phase)
            guard !steps.isEmpty else { continue }
            print("\(procedure.title) (\(procedure.id), versjon \(procedure.version), \(procedure.mode.word)) – fase \(incident.phase.word)")
            let done = incident.completedSteps[procedure.ref] ?? [:]
            for step in steps {
                let tick = done[step.id]
                let flags = (step.critical ? " KRITISK" : "") + (step.within.map { " innen \($0)" } ?? "")
                let ticked = tick.map { "  kvittert \(Timestamps.local($0.at, timeZone: store.state.organisation.timeZone)) av \(InertText.make($0.by.rawValue))" } ?? ""
                print("  \(tick == nil ? "[ ]" : "[x]") \(step.id)  \(InertText.make(step.text))  (\(step.role)\(flags))\(ticked)")
            }
        }
    }

    /// The damage-limitation measures of the incident's category (factsheet 2g), numbered from 1 for `step --measure`.
    private func printMeasures(of incident: Incident, in organisation: Organisation) {
        guard let id = incident.triage?.category, let category = organisation.category(id), !category.measures.isEmpty else { return }
        print("Skadebegrensende tiltak (2g) for kategorien «\(InertText.make(category.name))»")
        let done = incident.completedMeasures[id] ?? [:]
        for (index, measure) in category.measures.enumerated() {
            let ticked = done[measure].map { "  kvittert \(Timestamps.local($0.at, timeZone: organisation.timeZone)) av \(InertText.make($0.by.rawValue))" } ?? ""
            print("  \(done[measure] == nil ? "[ ]" : "[x]") \(index + 1)  \(InertText.make(measure))\(ticked)")
        }
    }
}
