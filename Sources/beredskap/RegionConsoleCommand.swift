import ArgumentParser
import BeredskapConsole
import BeredskapCore
import BeredskapRegion
import Foundation

struct RegionConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Regionens bilde i fullskjerm, bare for lesing: hvert sykehus med nivå, åpne hendelser, systemer, avbruddsklokker og varsler.",
        discussion: """
            For regionens kriseledelse, som ikke har noen sykehusjournal. Bildet leses på nytt straks et sykehus har \
            synket (LISTEN/NOTIFY) og minst hvert minutt (--refresh); avbruddsklokkene går mellom lesingene. Mister skjermen \
            forbindelsen, blir siste bilde stående merket som mulig utdatert, og den kobler til igjen av seg selv. \
            Taster: piler eller j/k blar, Enter viser hele sykehuset, ? hjelp, q avslutter. Se docs/REGION.md.
            """)

    @OptionGroup var region: RegionConnectionArgument
    @Flag(help: "Vis øvelsesjournalene i stedet for de reelle.") var exercise = false
    @Option(help: ArgumentHelp("Les bildet på nytt minst så ofte, også uten nye linjer (varsel fra databasen kommer uansett straks).",
                               valueName: "SEKUNDER"))
    var refresh = 60

    func validate() throws {
        guard refresh > 0 else { throw ValidationError("--refresh må være minst 1 sekund.") }
    }

    func run() throws {
        let terminal = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard MainActor.assumeIsolated({ NCursesBackend.canDraw() }) else {
            throw CommandFailure(message: "Regionens bilde trenger en fullskjermsterminal, og denne (TERM=\(InertText.make(terminal))) kan "
                + "ikke flytte markøren. Bruk `beredskap region status` i stedet.")
        }
        let watch = RegionWatch(conninfo: region.connection, kind: exercise ? .exercise : .real,
                                refreshEvery: TimeInterval(refresh))
        watch.start()
        defer { watch.stop() }
        try MainActor.assumeIsolated {
            guard let backend = NCursesBackend() else {
                throw CommandFailure(message: "Fant ingen terminal å tegne regionens bilde på (TERM=\(InertText.make(terminal))).")
            }
            RegionConsoleApp(backend: backend, source: ConsoleRegionFeed(watch), isExercise: exercise).run()
        }
    }
}
