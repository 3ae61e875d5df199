import ArgumentParser
import BeredskapCore
import BeredskapStore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Hendelsesloggen: alle registreringer i rekkefølge, eventuelt for én hendelse.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Bare denne hendelsen.") var incident: String?
    @Option(help: "text, json, md eller csv.") var format: TimelineExport.Format = .text

    func run() throws {
        let store = try global.openStore()
        let entries = store.timeline.filter { entry in incident.map { entry.incident?.rawValue == $0 } ?? true }
        print(TimelineExport.render(entries, as: format, organisation: store.state.organisation))
    }
}
