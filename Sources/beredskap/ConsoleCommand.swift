import ArgumentParser
import BeredskapConsole
import BeredskapCore
import BeredskapRegion
import BeredskapStore
import Foundation

/// The console: the whole outage on one terminal screen. The default when no subcommand is given.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Åpne konsollet (standard): oversikt, logg, tidslinje og varsling i terminalen.",
        discussion: "Med --demo åpnes øvelsesjournalen «demo» på den fiktive demovirksomheten; ingenting reelt berøres.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Åpne demo-øvelsen (lages første gang).") var demo = false
    @Flag(help: "Åpne på øvingsleders skjerm (Øvelse): innspill, klokke og vurderinger.") var facilitator = false
    @Option(name: .customLong("sync"), help: ArgumentHelp(
        "Kopier journalen til regionens database i bakgrunnen mens konsollet er åpent (libpq-tilkobling som for "
            + "`beredskap sync`); toppen viser «region: synket til nr. N» eller «frakoblet siden». Skjermen Region (R) viser de andre "
            + "sykehusene i regionen. Nettverksbrudd stopper aldri konsollet.",
        valueName: "tilkobling"))
    var syncConnection: String?

    func run() throws {
        var options = global
        if demo { options.exercise = "demo" }
        let terminal = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard MainActor.assumeIsolated({ NCursesBackend.canDraw() }) else {
            throw CommandFailure(message: "Konsollet trenger en fullskjermsterminal, og denne (TERM=\(InertText.make(terminal))) kan ikke "
                + "flytte markøren. Start det i en vanlig terminal (f.eks. TERM=xterm-256color), eller bruk kommandolinjen: "
                + "`beredskap status`, `beredskap next`, `beredskap log HENDELSE TEKST` og `beredskap timeline` (alle: `beredskap --help`).")
        }
        let now = Date()
        let organisation = try options.organisation(now: now)
        if demo, !FileManager.default.fileExists(atPath: options.path) {
            let store = try IncidentStore.create(path: options.path, kind: .exercise, organisation: organisation, now: now)
            try DemoScript.play(on: store, now: now)
        }
        let store = try options.openStore(now: now, organisation: organisation, fromSnapshot: true)
        let operatorName = try options.operatorName
        let worker = syncConnection.map { BackgroundSync(conninfo: $0, path: options.path, organisation: organisation) }
        worker?.start()
        defer { worker?.stop() }
        // The Region screen: the other hospitals' picture, read on a thread of its own from the same database.
        let watch = syncConnection.map { RegionWatch(conninfo: $0, kind: RegionKind(store.kind)) }
        watch?.start()
        defer { watch?.stop() }
        try MainActor.assumeIsolated {
            guard let backend = NCursesBackend() else {
                throw CommandFailure(message: "Fant ingen terminal å tegne konsollet på (TERM=\(InertText.make(terminal))).")
            }
            ConsoleApp(store: store, backend: backend, operatorName: operatorName, screen: facilitator ? .exercise : .overview,
                       warning: options.exposureWarning, region: worker.map(ConsoleRegionLink.init), regionFeed: watch.map(ConsoleRegionFeed.init)).run()
        }
    }
}
