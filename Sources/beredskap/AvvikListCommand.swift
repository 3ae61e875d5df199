import ArgumentParser
import BeredskapCore
import Foundation

struct AvvikListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Avvik med system, årsak, risiko og tiltak; forsinkede tiltak og gjentatte avvik markert.",
        discussion: "Alt om ett avvik: `beredskap avvik show ID`.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Skriv som JSON (for skript): avvikene med tiltak, slik journalen har dem.") var json = false

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        if json { return try JSONOutput.print(store.state.deviations) }
        if store.state.deviations.isEmpty { print("Ingen avvik registrert.") }
        let text = DeviationText(state: store.state, now: now)
        for deviation in store.state.deviations {
            print(text.heading(deviation))
            for line in [text.facts(deviation), store.state.repeatWarning(for: deviation).map(InertText.make)].compactMap({ $0 }) {
                print("    " + line)
            }
            deviation.measures.flatMap(text.indented).forEach { print($0) }
        }
    }
}
