import ArgumentParser
import BeredskapCore
import Foundation

struct BreachDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "Utkast til melding til Datatilsynet (5.8.1), eller til de registrerte (5.8.2).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Flag(name: .customLong("data-subjects"), help: "Utkast til underretning til de registrerte i stedet.") var dataSubjects = false

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        let id = IncidentID(incident)
        guard let current = store.state[id] else { throw Refusal.unknownIncident(id) }
        guard current.privacyBreachAwareAt != nil else { throw Refusal.noPrivacyBreach(id) }
        if dataSubjects {
            print(BreachDraft.text(title: "Underretning til de registrerte (\(id))", BreachDraft.dataSubjects(current)))
        } else {
            print(BreachDraft.text(title: "Melding til Datatilsynet (\(id))", BreachDraft.datatilsynet(current, now: now, timeZone: store.state.organisation.timeZone)))
            if let deadline = Clocks.privacyBreachDeadline(current) {
                print("\nFrist: \(Timestamps.local(deadline, timeZone: store.state.organisation.timeZone)). Meldingen kan gis trinnvis: `beredskap breach report \(id) --stage foreløpig`.")
            }
        }
    }
}
