import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Beredskapsnivå, åpne hendelser med klokker, frister, manglende varsling og papirskjema.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Skriv som JSON (for skript).") var json = false

    func run() throws {
        let now = Date()
        let store = try global.openStore(now: now)
        let tests = ProcedureTesting.status(store.state.organisation, uses: ProcedureUseScan.uses(in: global.location), now: now)
        let summary = StatusSummary(store: store, now: now, tests: tests)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(summary.text(now: now, timeZone: store.state.organisation.timeZone))
        }
    }
}

extension TimelineExport.Format: ExpressibleByArgument {}

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
