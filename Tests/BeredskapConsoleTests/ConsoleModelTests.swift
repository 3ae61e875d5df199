@testable import BeredskapConsole
import BeredskapCore
import BeredskapJournal
import Foundation
import Testing

/// Keys through the model into the real store: saved only when durable, refusals shown, typed text kept.
@Suite(.serialized) struct ConsoleModelTests {
    func type(_ text: String, into model: inout ConsoleModel) {
        for character in text { _ = model.handle(.character(character)) }
    }

    func execute(_ effect: Effect, _ outage: Outage, _ model: inout ConsoleModel) {
        guard case .execute(let command) = effect else {
            Issue.record("expected a command, got \(effect)")
            return
        }
        do {
            let entries = try outage.store.execute(command, now: Outage.now)
            model.sync(with: outage.store)
            model.saved(entries)
        } catch {
            model.fail(error)
        }
    }

    /// «Hva nå?» is worked out once per state and moment, and never served for another state or moment, nor to a
    /// copy of the model that was given another state.
    @Test func whatNowIsCoresListForTheStateAndMomentNow() throws {
        let outage = try Outage()
        var model = outage.model()
        #expect(model.whatNow == NextActions.list(model.state, now: model.now))
        let copy = model
        _ = try outage.store.execute(Command(by: "kari", .assignRole("loggforer", person: "Kari", handoverNote: nil)), now: Outage.now)
        model.sync(with: outage.store)
        #expect(model.whatNow == NextActions.list(model.state, now: model.now), "a new state")
        #expect(copy.whatNow == NextActions.list(copy.state, now: copy.now), "the copy keeps its own state's list")
        #expect(copy.whatNow != model.whatNow)
        model.now = Outage.now.addingTimeInterval(6 * 3600)
        #expect(model.whatNow == NextActions.list(model.state, now: model.now), "another moment")
    }

    @Test func logLineIsSavedAndSaysSo() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        _ = model.handle(.character("l"))
        type("Sengepost 3B går over til papir", into: &model)
        execute(model.handle(.enter), outage, &model)
        #expect(model.dialog == nil)
        #expect(model.message?.text.hasPrefix("lagret nr. 25") == true)
        #expect(outage.store.timeline.last?.summary(in: .empty) == "Sengepost 3B går over til papir")
        #expect(model.timeline.lines.last?.summary(in: .empty) == "Sengepost 3B går over til papir")
    }

    @Test func lateEntryCarriesTheTimeItHappened() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("l"))
        type("t 03:15 Driftssenteret ringte tilbake", into: &model)
        execute(model.handle(.enter), outage, &model)
        let record = try #require(outage.store.timeline.last?.record)
        #expect(record.occurred == Outage.now.addingTimeInterval(-25 * 60))
        #expect(outage.store.timeline.last?.summary(in: .empty) == "Driftssenteret ringte tilbake")
    }

    @Test func refusalIsShownAndTheTypedTextKept() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("l"))
        type("Pasient 01010012356 flyttet", into: &model)
        execute(model.handle(.enter), outage, &model)
        #expect(model.dialog?.text == "Pasient 01010012356 flyttet")
        #expect(model.message?.isError == true)
        #expect(model.message?.text.contains("fødselsnummer") == true)
        #expect(outage.store.timeline.count == 24)
    }

    @Test func diskFullIsShownInTheHeaderAndKeepsTheText() throws {
        var model = try Outage().model()
        _ = model.handle(.character("l"))
        type("Viktig linje", into: &model)
        model.fail(JournalError.diskFull)
        #expect(model.dialog?.text == "Viktig linje")
        #expect(model.journalStatus == .diskFull)
        let grid = ConsoleView.render(model, size: Size(rows: 24, columns: 80))
        #expect(grid.lines[0].contains("Journal: disk full"))
        #expect(grid.lines[21].contains("Disken med journalen er full"))
    }

    @Test func theRegionLinkIsOnTheSecondRowBesideTheIncident() throws {
        var model = try Outage().model()
        let title = try #require(model.incident.map { "\($0.id)  \($0.title)" })
        let since = try #require(ISO8601DateFormatter().date(from: "2026-03-02T02:12:00Z"))
        model.regionLink = .offline(since: since)
        let grid = ConsoleView.render(model, size: Size(rows: 24, columns: 80))
        #expect(grid.lines[1].hasSuffix("  region: frakoblet siden 03:12"), "on the organisation's clock: \(grid.lines[1])")
        #expect(grid.lines[1].contains(String(title.prefix(20))), "\(grid.lines[1])")
        #expect(grid.lines[1].contains("fase: "), "the phase keeps its place: \(grid.lines[1])")
        model.regionLink = .synced(seq: 41)
        #expect(ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines[1].hasSuffix("  region: synket til nr. 41"))
        model.regionLink = nil
        #expect(!ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines[1].contains("region"))
    }

    @Test func callIsRecordedOnTheNextNumberAndMovesOnWhenReached() throws {
        let outage = try Outage(kind: .real)
        var model = outage.model(.notifications)
        // The top row is the call «Hva nå?» names first.
        let opened = try #require(model.incident)
        let first = try #require(NotificationList.rows(opened).first)
        #expect(first.id == NextActions.callOrder(opened).first?.id)
        #expect(model.incident.map(model.notifications.selected(in:)) == 0)
        execute(model.handle(.character("2")), outage, &model)
        let duty = try #require(model.incident?.duty(first.id))
        #expect(duty.attempts.last?.outcome == .noAnswer)
        #expect(duty.attempts.last?.number == "+47 000 10 010")
        #expect(model.incident.map(model.notifications.selected(in:)) == 0, "still on the person, to be called again")
        execute(model.handle(.character("1")), outage, &model)
        #expect(model.incident?.duty(first.id)?.attempts.last?.number == "+47 000 10 011", "the next number")
        let reached = try #require(model.incident)
        let rows = NotificationList.rows(reached)
        #expect(model.incident.map(model.notifications.selected(in:)) == 0)
        #expect(rows.first?.id != first.id && rows.first?.isOutstanding == true, "on to the next call still to make")
    }

    @Test func anExerciseShowsNoRealNumberAndRecordsNone() throws {
        let outage = try Outage()
        var model = outage.model(.notifications)
        let screen = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        #expect(screen.contains("ØVELSE: ikke ring"))
        #expect(!screen.contains("+47"))
        execute(model.handle(.character("2")), outage, &model)
        #expect(model.incident?.duties[1].attempts.last.map { $0.outcome == .noAnswer && $0.number == nil } == true)
    }

    @Test func stepIsTickedWithTheProceduresVersion() throws {
        let outage = try Outage()
        var model = outage.model(.checklist)
        let incident = try #require(model.incident)
        let first = try #require(ChecklistItems.of(incident, in: model.state.organisation, now: Outage.now).first)
        #expect(first.step.critical && !first.done)
        execute(model.handle(.enter), outage, &model)
        let ticked = try #require(model.incident.map { ChecklistItems.of($0, in: model.state.organisation, now: Outage.now) }?.first)
        #expect(ticked.done)
        #expect(model.incident?.completedSteps[first.procedure.ref]?[first.step.id] != nil)
        execute(model.handle(.enter), outage, &model)
        #expect(model.message?.text.contains("allerede kvittert") == true)
    }

    @Test func newIncidentFromATitle() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("n"))
        type("Lab-systemet svarer ikke", into: &model)
        execute(model.handle(.enter), outage, &model)
        #expect(model.incident?.title == "Lab-systemet svarer ikke")
        #expect(model.state.openIncidents.count == 2)
    }

    @Test func escapeDropsTheLineAndNothingIsWritten() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("l"))
        type("tull", into: &model)
        guard case .none = model.handle(.escape) else { Issue.record("escape wrote something"); return }
        #expect(model.dialog == nil)
        #expect(outage.store.timeline.count == 24)
    }
}

/// A deadline a day or more away shows its date; today's shows the time alone (#18).
@Suite struct DeadlineTextTests {
    @Test func anotherDaysDeadlineShowsItsDate() throws {
        let outage = try Outage()
        try outage.run(.assignTask(outage.incident, title: "Bestill nye nødpermer", role: "avdelingsleder",
                                   due: Outage.now.addingTimeInterval(30 * 3600), procedure: nil))
        let model = outage.model(.tasks)
        #expect(model.deadline(Outage.now.addingTimeInterval(3600)) == "04:40")
        #expect(model.deadline(Outage.now.addingTimeInterval(30 * 3600)) == "25.11. 09:40")
        let screen = ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines.joined(separator: "\n")
        #expect(screen.contains("frist 25.11. 09:40"), "\(screen)")
    }
}
