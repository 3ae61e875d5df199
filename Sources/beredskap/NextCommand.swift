import ArgumentParser
import BeredskapCore
import Foundation

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Hva nå?: det som bør gjøres nå, mest presserende først, med kommandoen som gjør det.",
        discussion: """
            Samme liste som konsollens «Hva nå?» og statusrapporten: for hver åpne hendelse handlingen som fører den \
            videre, så forsinkede varslinger og oppgaver, kritiske steg og frister som kommer. Ord i STORE BOKSTAVER \
            i kommandoene fyller du inn selv.
            Eksempel: beredskap next H-2026-001
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Bare denne hendelsen.") var incident: String?
    @Flag(help: "Skriv som JSON (for skript).") var json = false

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        let id = incident.map(IncidentID.init(rawValue:))
        if let id, store.state[id] == nil { throw Refusal.unknownIncident(id) }
        let lines = NextActionLine.list(store.state, now: now, incident: id, journalArguments: global.journalArguments)
        if json { try JSONOutput.print(lines); return }
        if let id, lines.isEmpty { print("\(id) er evaluert; det er ingenting mer å gjøre.") }
        for (index, line) in lines.enumerated() {
            print(line.text(number: index + 1, timeZone: store.state.organisation.timeZone))
        }
    }
}
