import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Beredskapsnivå, «Hva nå?», åpne hendelser med klokker, frister, manglende varsling og papirskjema.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Skriv som JSON (for skript).") var json = false

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        // Every journal of the directory read once; the one opened above is not read again.
        let folder = JournalFolder.read(global.location, organisation: store.state.organisation, known: store)
        let tests = ProcedureTesting.status(store.state.organisation, uses: folder.procedureUses, now: now)
        let exerciseActions = store.kind == .real ? folder.openExerciseActions : []
        let summary = StatusSummary(store: store, now: now, tests: tests, exerciseActions: exerciseActions)
        let next = NextActionLine.list(store.state, now: now, journalArguments: global.journalArguments)
        if json {
            try JSONOutput.print(StatusJSON(summary: summary, nextActions: next))
        } else {
            print(summary.text(now: now, timeZone: store.state.organisation.timeZone, next: next))
        }
    }
}

/// `status --json`: Store's summary, with the whole «Hva nå?» list and its commands under `nextActions`.
private struct StatusJSON: Encodable {
    let summary: StatusSummary
    let nextActions: [NextActionLine]

    private enum CodingKeys: String, CodingKey { case nextActions }

    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nextActions, forKey: .nextActions)
    }
}
