import ArgumentParser
import BeredskapCore
import Foundation

struct CorrectiveActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Alle tiltak, åpne først.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Skriv som JSON (for skript): tiltakene slik journalen har dem.") var json = false

    func run() throws {
        let now = Date()
        let state = try global.readStore(now: now).state
        let plan = state.improvementPlan
        if json { return try JSONOutput.print(plan) }
        let timeZone = state.organisation.timeZone
        if plan.isEmpty { print("Ingen tiltak i forbedringsplanen.") }
        for action in plan.sorted(by: { ($0.isOpen ? 0 : 1, $0.due) < ($1.isOpen ? 0 : 1, $1.due) }) {
            let status = action.closedAt.map { "lukket \(Timestamps.day($0, timeZone: timeZone))" } ?? (action.isOverdue(at: now) ? "FORFALT" : "åpen")
            print("\(action.id)  [\(status)]  frist \(Timestamps.day(action.due, timeZone: timeZone))  \(InertText.make(action.owner)): "
                + InertText.make(action.text) + (action.incident.map { " (\($0))" } ?? " (øvelsen)"))
        }
    }
}
