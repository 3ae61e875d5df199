import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

struct PrintStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Statusrapport til krisestabsmøtet: nivå, fase, klokker, oppgaver, varsling, beslutninger, siste logg og journalens segl.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Bare denne hendelsen (standard: alle åpne).", valueName: "ID")) var incident: String?
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        let id = incident.map(IncidentID.init(rawValue:))
        if let id, store.state[id] == nil { throw CommandFailure(message: "Fant ingen hendelse \(InertText.make(id.rawValue)) i journalen.") }
        let entries = store.timeline.map { entry in
            StatusReport.Entry(seq: entry.seq, at: entry.record.occurred ?? entry.record.registered, incident: entry.incident, text: entry.summary(in: store.state.organisation))
        }
        let decisions = zip(store.timeline, entries).filter { entry, _ in
            switch entry.event?.body {
            case .levelChanged, .levelKept, .controlConfirmed, .incidentClosed: true
            default: false
            }
        }.map(\.1)
        let report = StatusReport(state: store.state, seal: store.seal.description, incident: id, decisions: decisions,
                                  recent: entries, now: now)
        try options.deliver(report.document, organisation: store.state.organisation,
                            exercise: store.kind == .exercise, now: now, journal: global)
    }
}
