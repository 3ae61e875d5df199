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
