import ArgumentParser
import BeredskapCore
import Foundation

struct ExerciseScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scenarios", abstract: "Scenariene i Playbooks/ovelser/.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let scenarios = try global.organisation(now: Date()).scenarios
        if scenarios.isEmpty { print("Ingen scenarier i ovelser/.") }
        for scenario in scenarios {
            print("\(scenario.id)  \(InertText.make(scenario.title))  (\(scenario.duration), \(scenario.injects.count) innspill; "
                + "prosedyrer: \(scenario.procedures.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}
