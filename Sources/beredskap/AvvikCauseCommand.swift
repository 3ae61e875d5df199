import ArgumentParser
import BeredskapCore

struct AvvikCauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cause", abstract: "Før opp systemet avviket gjelder og årsaken som hendelseskategori, eller rett dem.",
        discussion: "Det som ikke oppgis, står som før. Samme system og årsak som et annet avvik de siste 12 månedene gir "
            + "en advarsel om ny risikovurdering (Normen 5.8.1).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String
    @Option(help: "Systemet (id i systemregisteret).") var system: String?
    @Option(help: "Årsaken som hendelseskategori (id i kategorier.yaml).") var category: String?

    func validate() throws {
        if system == nil && category == nil { throw ValidationError("Oppgi --system, --category eller begge.") }
    }

    func run() throws {
        let id = DeviationID(deviation)
        let current = try global.openStore().state.deviation(id)?.report
        let (store, _) = try global.executing(.recordDeviationCause(
            id, system: system.map(SystemID.init(rawValue:)) ?? current?.system,
            category: category.map(CategoryID.init(rawValue:)) ?? current?.category))
        RepeatNotice.warn(about: id, in: store.state)
    }
}
