@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Oppgaver shows the tiltakskort of the selected task's role for the current level (factsheet 2e).
@Suite(.serialized) struct ActionCardTests {
    @Test func theSelectedTasksRoleShowsItsCardForTheLevel() throws {
        let outage = try Outage()
        let model = outage.model(.tasks)
        let incident = try #require(model.incident)
        let task = try #require(TaskList.ordered(incident, now: model.now).first)
        let card = try #require(ActionCard.of(model, incident))
        #expect(model.state.level == .yellow)
        #expect(card.role.id == task.role)
        #expect(card.actions == model.state.organisation.role(task.role)?.actionCard(for: .yellow))
        let screen = ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines.joined(separator: "\n")
        #expect(screen.contains("Tiltakskort for \(card.role.name), nivå gul: gjør først"))
        #expect(screen.contains("• \(card.actions[0])"))
    }

    @Test func normalDriftShowsNoCard() throws {
        let outage = try Outage()
        var model = outage.model(.tasks)
        _ = try outage.store.execute(Command(by: "ola", onBehalfOf: Outage.lead, .setLevel(.normal, reason: "EPJ stabil igjen", incidents: [outage.incident])),
                                     now: Outage.now)
        model.sync(with: outage.store)
        #expect(model.state.level == .normal)
        #expect(ActionCard.of(model, try #require(model.incident)) == nil)
        let screen = ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines.joined(separator: "\n")
        #expect(!screen.contains("Tiltakskort"))
    }
}
