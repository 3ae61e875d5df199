@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Enter on the overview does the selected «Hva nå?» item, for each kind of item; a closed incident is found again
/// after a restart and evaluated from «Hva nå?».
@Suite(.serialized) struct NextActionEnterTests {
    let dialogs = DialogTests()

    /// Selects the first item of the kind `matches` accepts with ↑ and ↓, and presses Enter.
    func enter(_ model: inout ConsoleModel, on matches: (NextAction.Kind) -> Bool,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> (item: NextAction, effect: Effect) {
        let items = NextActions.list(model.state, now: model.now)
        let index = try #require(items.firstIndex { matches($0.kind) }, "not in «Hva nå?»: \(items.map(\.title))",
                                 sourceLocation: sourceLocation)
        for _ in items { _ = model.handle(.up) }
        for _ in 0..<index { _ = model.handle(.down) }
        return (items[index], model.handle(.enter))
    }

    func execute(_ effect: Effect, _ model: inout ConsoleModel, _ outage: Outage) throws {
        guard case .execute(let command) = effect else {
            Issue.record("no command: \(effect)")
            return
        }
        let entries = try outage.store.execute(command, now: Outage.now)
        model.sync(with: outage.store)
        model.saved(entries)
    }

    /// The outage in re-entry with every call made: ready to close, past what is left undone.
    func inReEntry() throws -> Outage { try PhaseDialogTests.everyoneCalled(try Outage().moved(to: .reEntry)) }

    @Test func theFirstItemIsSelectedAndEnterOnANotificationRecordsTheCall() throws {
        let outage = try Outage()
        var model = outage.model()
        let first = try #require(NextActions.list(model.state, now: model.now).first)
        guard case .notify(let id, _) = first.kind else {
            Issue.record("the most overdue is a call: \(first)")
            return
        }
        #expect(model.handle(.enter).isNone)
        let recipient = try #require(model.incident?.duty(id)?.recipient)
        #expect(model.dialog?.title.hasPrefix("Ring \(recipient)") == true)
        #expect(model.dialog?.title.contains("ØVELSE") == true, "no real number in an exercise")
        dialogs.answer(["", "Kommer inn"], &model, outage)
        #expect(model.incident?.duty(id)?.reachedAt != nil)
        #expect(model.message?.text.contains("lagret nr.") == true)
        #expect(model.message?.text.contains("(Function)") == false, "the saved line is in words")
    }

    @Test func enterOnAStepTicksItAtOnce() throws {
        let outage = try Outage()
        var model = outage.model()
        let (item, effect) = try enter(&model, on: { if case .step = $0 { true } else { false } })
        guard case .step(let procedure, let step) = item.kind else { return }
        try execute(effect, &model, outage)
        #expect(model.incident?.completedSteps[procedure]?[step] != nil)
        #expect(!NextActions.list(model.state, now: model.now).contains { $0.kind == item.kind })
    }

    @Test func enterOnATaskCompletesIt() throws {
        let outage = try Outage()
        var model = outage.model()
        let (item, _) = try enter(&model, on: { if case .task = $0 { true } else { false } })
        guard case .task(let id) = item.kind else { return }
        #expect(model.dialog?.title.hasPrefix("Utført: ") == true)
        dialogs.answer([""], &model, outage)
        #expect(model.incident?.task(id)?.isOpen == false)
    }

    @Test func enterOnAMissingRoleAppointsIt() throws {
        let outage = try Outage()
        var model = outage.model()
        let (item, _) = try enter(&model, on: { if case .appointRole = $0 { true } else { false } })
        guard case .appointRole(let role) = item.kind else { return }
        let name = try #require(model.state.organisation.role(role)?.name)
        #expect(model.dialog?.title == "Utpek \(name) (kreves på GUL)")
        dialogs.answer(["Per Leder"], &model, outage)
        #expect(model.state.roles[role] == "Per Leder")
    }

    @Test func enterOnThePhaseActionOpensItsDialogNamingWhereItGoes() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = try enter(&model, on: { $0 == .confirmControl })
        #expect(model.dialog?.title.contains("fasen er fortsatt håndteres, deretter gjenopprettes") == true)
        dialogs.answer(["Leverandøren kjenner årsaken", Outage.lead], &model, outage)
        #expect(model.incident?.controlConfirmedAt != nil)
        _ = try enter(&model, on: { $0 == .startRestoration })
        #expect(model.dialog?.title.hasPrefix("Neste fase: gjenopprettes") == true)
        dialogs.answer([""], &model, outage)
        #expect(model.incident?.phase == .restoring)
        _ = try enter(&model, on: { $0 == .confirmRestored })
        #expect(model.dialog?.title.hasPrefix("Neste fase: ajourføres") == true)
    }

    @Test func enterOnTriageThenOnTheLevelDecision() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("n"))
        dialogs.answer(["Lab svarer ikke"], &model, outage)
        let (item, _) = try enter(&model, on: { $0 == .triage })
        #expect(model.dialog?.title.hasPrefix("Vurdering av \(try #require(item.incident))") == true)
        _ = model.handle(.escape)
        _ = try enter(&model, on: { $0 == .triage })
        _ = model.handle(.character(" "))
        dialogs.answer(["", "teknisk", "kritisk", "Ingen prøvesvar", "90"], &model, outage)
        #expect(model.incident?.phase == .triaged)
        _ = try enter(&model, on: { if case .decideLevel = $0 { true } else { false } })
        #expect(model.dialog?.title == "Beredskapsnivå (faktaark 2c)")
    }

    @Test func aClosedIncidentIsFoundAfterARestartAndEvaluatedFromWhatNow() throws {
        let outage = try inReEntry()
        try outage.run(.close(outage.incident, summary: "EPJ tilbake", dismissal: nil, level: .keep(reason: "Leverandøren følger med"),
                               unfinishedReason: "Følges opp i morgen"))
        var model = outage.model()
        #expect(model.selectedIncident == outage.incident, "a restart selects the incident that awaits its evaluation")
        _ = model.handle(.tab)
        #expect(model.selectedIncident == outage.incident, "Tab goes round the incidents that need something")
        let screen = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        #expect(screen.contains("Hendelser (0 åpne, 1 til evaluering; Tab bytter, H viser alle)"))
        // The closing steps are listed and tickable until the evaluation.
        let (step, effect) = try enter(&model, on: { if case .step = $0 { true } else { false } })
        try execute(effect, &model, outage)
        guard case .step(let procedure, let id) = step.kind else { return }
        #expect(model.incident?.completedSteps[procedure]?[id] != nil)
        #expect(!ChecklistItems.of(try #require(model.incident), in: model.state.organisation, now: model.now).isEmpty)
        _ = try enter(&model, on: { $0 == .lowerLevel })
        #expect(model.dialog?.title == "Beredskapsnivå (faktaark 2c)")
        _ = model.handle(.escape)
        _ = model.handle(.character("f"))
        #expect(model.dialog?.title.hasPrefix("Neste fase: evaluert") == true)
        _ = model.handle(.escape)
        _ = try enter(&model, on: { $0 == .evaluate })
        dialogs.answer(["Ringelisten var utdatert", "", "", ""], &model, outage)
        #expect(model.incident?.phase == .evaluated)
        _ = try enter(&model, on: { $0 == .openIncident })
        #expect(model.dialog?.question.prompt == "Ny hendelse, hva er nede? ")
        _ = model.handle(.escape)
        _ = model.handle(.character("H"))
        #expect(model.screen == .incidents)
        let list = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        #expect(list.contains("Hendelser (0 åpne, 0 til evaluering, 1 evaluert)") && list.contains("\(outage.incident) (valgt)    evaluert"))
        _ = model.handle(.enter)
        #expect(model.screen == .overview && model.selectedIncident == outage.incident)
        // Planned downtime has its own key on Hendelser, so the alarm at night stays one question; it is marked as planned.
        _ = model.handle(.character("N"))
        #expect(model.dialog == nil, "not on the overview")
        _ = model.handle(.character("H"))
        _ = model.handle(.character("N"))
        #expect(model.dialog?.title == "Planlagt nedetid (rapporteres for seg)")
        dialogs.answer(["Oppgradering av EPJ"], &model, outage)
        let planned = try #require(model.incident)
        #expect(planned.planned && planned.title == "Oppgradering av EPJ")
        #expect(ConsoleView.render(model, size: Size(rows: 24, columns: 100)).lines[1].contains("planlagt nedetid  fase: oppdaget"))
    }

    @Test func theOppgaverRolesShowTheMissingOnesFirstAndCountInWords() throws {
        let outage = try Outage()
        let grid = ConsoleView.render(outage.model(.tasks), size: Size(rows: 24, columns: 80))
        let missing = try #require(grid.lines.firstIndex { $0.contains("MANGLER") })
        #expect(grid.lines[missing - 1].hasPrefix(" Krisestab"), "the roles missing at this level come first")
        #expect(grid.lines.contains { $0.hasPrefix(" Oppgaver for \(outage.incident) (6 åpne") })
    }

    @Test func aStepWithoutADeadlineShowsNone() throws {
        let outage = try Outage()
        let incident = try #require(outage.store.state[outage.incident])
        let items = ChecklistItems.of(incident, in: outage.store.state.organisation, now: Outage.now)
        #expect(items.contains { $0.step.within == nil })
        for item in items { #expect((item.due == nil) == (item.step.within == nil) && item.due != incident.phaseSince) }
    }
}

extension Effect {
    var isNone: Bool { if case .none = self { true } else { false } }
}
