import ArgumentParser
import BeredskapCore
import Foundation

struct AvvikShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Alt om ett avvik: feltene fra skjemaet, risikovurderingen, tiltakene og lukkingen.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Avvikets id.") var deviation: String

    func run() throws {
        let now = Date()
        let store = try global.openStore(now: now)
        guard let found = store.state.deviation(DeviationID(deviation)) else { throw Refusal.unknownDeviation(DeviationID(deviation)) }
        print(DeviationText(state: store.state, now: now).detail(found).joined(separator: "\n"))
    }
}
