import ArgumentParser
import BeredskapCore

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Sjekklisten for hendelsens fase: stegene i nødprosedyrene som gjelder, kritiske først.",
        discussion: "Kvitter ut et steg med `beredskap step ID STEG`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String

    func run() throws {
        let store = try global.readStore()
        guard let incident = store.state[IncidentID(incident)] else { throw Refusal.unknownIncident(IncidentID(incident)) }
        let procedures = store.state.organisation.procedures(for: incident)
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
}
