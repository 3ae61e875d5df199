@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Each list screen's selection belongs to what its list is about: when that changes, the selection starts from
/// the top, so a key never acts on a row that now holds something nobody chose.
@Suite(.serialized) struct SelectionTests {
    func checklist(_ model: ConsoleModel) throws -> (Incident, [ChecklistRow]) {
        let incident = try #require(model.incident)
        return (incident, ChecklistRow.of(incident, in: model.state.organisation, now: model.now))
    }

    /// The bug this guards: the cursor stayed on row 3 when the phase changed, and Enter ticked the new phase's
    /// fourth step, which the operator had never seen selected.
    @Test func theChecklistStartsFromTheTopWhenThePhaseChanges() throws {
        let outage = try Outage()
        var model = outage.model(.checklist)
        for _ in 0..<3 { _ = model.handle(.down) }
        let (responding, before) = try checklist(model)
        #expect(model.checklist.selected(in: responding, before) == 3)

        // Another terminal confirms control and starts restoration: the list is now the restoring phase's.
        _ = try outage.store.execute(Command(by: "ola", onBehalfOf: Outage.lead, .confirmControl(outage.incident, note: "Leverandøren bekrefter")), now: Outage.now)
        _ = try outage.store.execute(Command(by: "ola", .startRestoration(outage.incident, note: nil)), now: Outage.now)
        model.sync(with: outage.store)
        let (restoring, items) = try checklist(model)
        #expect(restoring.phase == .restoring)
        #expect(items.count > 3)
        #expect(model.checklist.selected(in: restoring, items) == 0)
        let grid = ConsoleView.render(model, size: Size(rows: 24, columns: 80))
        #expect(grid.lines[Layout.headerRows + 1].contains("Prosedyrer: epj-delvis-is (delvis-is) · epj-uten-is (uten-is)"), "which procedures, of which kind")
        #expect(grid.lines[Layout.headerRows + 2].hasPrefix(" ▶ "))

        guard case .execute(let command) = model.handle(.enter) else {
            Issue.record("Enter did not tick a step")
            return
        }
        guard case .completeStep(let incident, let procedure, let step) = command.action else {
            Issue.record("Enter made \(command.action)")
            return
        }
        guard case .step(let first) = items[0] else {
            Issue.record("The list does not start with a step")
            return
        }
        #expect(incident == restoring.id && procedure == first.procedure.ref && step == first.step.id)
    }

    /// Choosing nøddrift leaves other procedures on the list: a different list, so from the top.
    @Test func theChecklistStartsFromTheTopWhenNøddriftChangesTheProcedures() throws {
        let outage = try Outage()
        var model = outage.model(.checklist)
        for _ in 0..<2 { _ = model.handle(.down) }
        _ = try outage.store.execute(Command(by: "ola", .activateFallback(outage.incident, .withoutIT, procedure: nil)), now: Outage.now)
        model.sync(with: outage.store)
        let (incident, items) = try checklist(model)
        #expect(model.checklist.selected(in: incident, items) == 0)
        _ = model.handle(.down)
        #expect(model.checklist.selected(in: incident, items) == 1)
    }

    /// Another incident's calls start from the top; back on the first, its row still means the same duty.
    @Test func eachIncidentHasItsOwnNotificationRow() throws {
        let outage = try Outage()
        var model = outage.model(.notifications)
        _ = model.handle(.down)
        let first = try #require(model.incident)
        let row = model.notifications.selected(in: first)
        #expect(row > 0)
        let opened = try outage.store.execute(Command(by: "ola", .openIncident(title: "Lab svarer ikke", detectedBy: nil)), now: Outage.now)
        model.sync(with: outage.store)
        let id = try #require(opened.first?.incident)
        let second = try #require(model.state[id])
        _ = model.handle(.tab)
        #expect(model.selectedIncident == second.id)
        #expect(model.notifications.selected(in: second) == 0)
        _ = model.handle(.tab)
        #expect(model.notifications.selected(in: first) == row)
    }

    /// Closing an avvik moves it below the open ones: the row held another avvik, so the selection starts over.
    @Test func theAvvikSelectionStartsOverWhenTheOrderChanges() throws {
        let outage = try Outage().furtherOn()
        let report = try #require(outage.store.state.deviations.first?.report)
        _ = try outage.store.execute(Command(by: "kari", .registerDeviation(report, incident: nil)), now: Outage.now)
        var model = outage.model(.deviations)
        _ = model.handle(.down)
        #expect(model.deviations.row(for: model.deviationRows.map(\.id)) == 1)
        let measure = try #require(outage.store.state.deviations.first?.measures.first?.id)
        _ = try outage.store.execute(Command(by: "ola", .updateDeviationMeasure("A-2026-001", measure, status: .done, note: nil)), now: Outage.now)
        _ = try outage.store.execute(Command(by: "ola", .closeDeviation("A-2026-001", assessment: "Kontroll innført")), now: Outage.now)
        model.sync(with: outage.store)
        #expect(model.deviationRows.map(\.id) == ["A-2026-002", "A-2026-001"])
        #expect(model.deviations.row(for: model.deviationRows.map(\.id)) == 0)
    }

    /// A new filter shows other lines: the selection follows the newest again.
    @Test func aNewTimelineFilterFollowsTheNewestAgain() throws {
        var model = try Outage().model(.timeline)
        _ = model.handle(.pageUp)
        let moved = try #require(model.timeline.selectedRow)
        #expect(moved == model.timeline.visible.count - 11)
        _ = model.handle(.character("h"))
        #expect(model.timeline.visible.count - 1 > moved, "the filtered list still has the moved-to row")
        #expect(model.timeline.selectedRow == model.timeline.visible.count - 1)
    }
}
