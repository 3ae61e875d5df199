import ArgumentParser
import BeredskapCore
import Foundation

struct CorrectiveActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Alle tiltak, åpne først.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let now = Date()
        let plan = try global.openStore(now: now).state.improvementPlan
        if plan.isEmpty { print("Ingen tiltak i forbedringsplanen.") }
        for action in plan.sorted(by: { ($0.isOpen ? 0 : 1, $0.due) < ($1.isOpen ? 0 : 1, $1.due) }) {
            let status = action.closedAt.map { "lukket \(Timestamps.local($0).prefix(10))" } ?? (action.isOverdue(at: now) ? "FORFALT" : "åpen")
            print("\(action.id)  [\(status)]  frist \(Timestamps.local(action.due).prefix(10))  \(InertText.make(action.owner)): "
                + InertText.make(action.text) + (action.incident.map { " (\($0))" } ?? " (øvelsen)"))
        }
    }
}
