@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// The category's damage-limitation measures (2g) stand below the phase's steps on Sjekkliste, ticked the same way.
@Suite(.serialized) struct MeasureChecklistTests {
    func rows(_ model: ConsoleModel) throws -> [ChecklistRow] {
        ChecklistRow.of(try #require(model.incident), in: model.state.organisation, now: model.now)
    }

    @Test func theMeasuresFollowTheStepsUnderTheirHeading() throws {
        let outage = try Outage()
        let model = outage.model(.checklist)
        let rows = try rows(model)
        let heading = try #require(rows.firstIndex { if case .measuresHeading = $0 { true } else { false } })
        #expect(rows[heading] == .measuresHeading(category: "Teknisk svikt"))
        #expect(rows[..<heading].allSatisfy { if case .step = $0 { true } else { false } })
        let measures = model.state.organisation.category("teknisk-svikt")?.measures ?? []
        #expect(!measures.isEmpty)
        #expect(rows[(heading + 1)...].map { row -> String? in if case .measure(let m) = row { m.text } else { nil } } == measures)
    }

    @Test func enterTicksTheSelectedMeasureAndTheRowSaysWhoAndWhen() throws {
        let outage = try Outage()
        var model = outage.model(.checklist)
        let heading = try #require(try rows(model).firstIndex { if case .measuresHeading = $0 { true } else { false } })
        for _ in 0..<heading { _ = model.handle(.down) }
        _ = model.handle(.enter)
        #expect(model.message?.text == "Velg et av tiltakene under overskriften.")
        _ = model.handle(.down)
        guard case .execute(let command) = model.handle(.enter) else {
            Issue.record("Enter on a measure did not make a command")
            return
        }
        guard case .completeMeasure(let incident, let category, let index) = command.action else {
            Issue.record("Enter made \(command.action)")
            return
        }
        #expect(incident == outage.incident && category == "teknisk-svikt" && index == 0)
        _ = try outage.store.execute(command, now: Outage.now)
        model.sync(with: outage.store)
        guard case .measure(let ticked) = try rows(model)[heading + 1] else {
            Issue.record("The row under the heading is not a measure")
            return
        }
        #expect(ticked.done)
        let screen = ConsoleView.render(model, size: Size(rows: 40, columns: 100)).lines.joined(separator: "\n")
        #expect(screen.contains("Skadebegrensende tiltak (2g) for «Teknisk svikt»"))
        #expect(screen.contains("[x] \(ticked.text.prefix(30))"))
    }
}
