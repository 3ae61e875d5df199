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

    /// Prints every entry up to any damage; a damaged journal's export says where it stops, and the command then
    /// fails (exit 1) saying the same on standard error.
    func run() throws {
        let store = try global.readStore()
        let entries = store.timeline.filter { entry in incident.map { entry.incident?.rawValue == $0 } ?? true }
        let damage = store.damage.map { TimelineExport.Damage($0, message: $0.exportNotice) }
        print(TimelineExport.render(entries, as: format, organisation: store.state.organisation, damage: damage))
        if let damage { throw CommandFailure(message: damage.message) }
    }
}
