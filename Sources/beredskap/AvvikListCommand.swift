import ArgumentParser
import BeredskapCore
import Foundation

struct AvvikListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Avvik med tiltak, forfalte først markert.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let now = Date()
        let store = try global.readStore(now: now)
        if store.state.deviations.isEmpty { print("Ingen avvik registrert.") }
        for deviation in store.state.deviations {
            let status = deviation.isOpen ? "åpent" : "lukket"
            print("\(deviation.id)  [\(status)]  \(InertText.make(deviation.report.what))"
                + (deviation.incident.map { "  (fra \($0))" } ?? ""))
            for measure in deviation.measures {
                let flag = measure.isOverdue(at: now) ? "FORFALT " : ""
                print("  \(measure.id) \(flag)\(measure.status.rawValue), frist \(Timestamps.local(measure.due, timeZone: store.state.organisation.timeZone)): "
                    + "\(InertText.make(measure.text)) (\(InertText.make(measure.owner)))")
            }
        }
    }
}
