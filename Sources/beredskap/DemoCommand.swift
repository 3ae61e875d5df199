import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Vis status for en øvelsesjournal («demo») med et påbegynt EPJ-bortfall. Ingenting reelt berøres.",
        discussion: "Bruker den fiktive demovirksomheten i Playbooks/. Lager øvelsesjournalen første gang, og viser deretter status.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var options = global
        options.exercise = "demo"
        let now = Date()
        let organisation = try options.organisation(now: now)
        if !FileManager.default.fileExists(atPath: options.path) {
            let store = try IncidentStore.create(path: options.path, kind: .exercise, organisation: organisation, now: now)
            try DemoScript.play(on: store, now: now)
        }
        let store = try options.openStore(now: now, organisation: organisation)
        let next = NextActionLine.list(store.state, now: now, journalArguments: options.journalArguments)
        print(StatusSummary(store: store, now: now).text(now: now, timeZone: organisation.timeZone, next: next))
        print("\nHendelsesloggen: beredskap timeline\(options.journalArguments)")
    }
}
