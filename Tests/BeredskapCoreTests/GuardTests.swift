import Foundation
import Testing
@testable import BeredskapCore

@Suite("Guards on restoration and closing")
struct GuardTests {
    @Test("Restoration waits for someone to confirm control and situational awareness (2h)")
    func restorationNeedsControl() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.startRestoration(id, note: nil)) == .controlNotConfirmed(id))
        #expect(s.refusal(.confirmControl(id, note: " ")) == .emptyText(field: "grunnlag for kontroll"))

        try s.run(.confirmControl(id, note: "Vi vet hvilke avdelinger som er rammet"))
        try s.run(.startRestoration(id, note: nil))
        #expect(s.state[id]?.phase == .restoring)
    }

    @Test("Closing is refused while paper forms are unsettled, and the message lists their serials")
    func closeNeedsFormsSettled() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.issueForms(id, form: "papirjournal", count: 3, issuedTo: "Sengepost 3B"))
        try s.bring(id, to: .reEntry)
        for status in [FormStatus.returned, .entered, .verified] { try s.run(.advanceForm(id, "EPJ-0001", to: status)) }
        try s.run(.advanceForm(id, "EPJ-0002", to: .returned))

        let close = Action.close(id, summary: "Ferdig", dismissal: nil, level: nil)
        #expect(s.refusal(close) == .unsettledForms(id, ["EPJ-0002", "EPJ-0003"]))
        #expect(s.refusal(close)?.message.contains("EPJ-0002, EPJ-0003") == true)

        try s.run(.waiveForm(id, "EPJ-0003", reason: "Ubrukt, makulert"))
        #expect(s.refusal(close) == .unsettledForms(id, ["EPJ-0002"]))

        try s.run(.advanceForm(id, "EPJ-0002", to: .entered))
        try s.run(.advanceForm(id, "EPJ-0002", to: .verified))
        try s.run(close)
        #expect(s.state[id]?.phase == .closed)
    }

    @Test("Closing is refused while mandatory notifications are undone; optional ones never block")
    func closeNeedsMandatoryNotifications() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        try s.run(.requireNotification(id, recipient: "Driftsleverandør", contact: "dips-vakt", due: nil, mandatory: true))
        try s.run(.requireNotification(id, recipient: "Kommunikasjonsavdelingen", contact: nil, due: nil, mandatory: false))
        try s.bring(id, to: .reEntry)

        let close = Action.close(id, summary: "Ferdig", dismissal: nil, level: nil)
        #expect(s.refusal(close) == .outstandingNotifications(id, ["Klinikksjef", "Driftsleverandør"]))

        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: "+47 22 33 44 55", note: nil))
        try s.run(.recordCall(id, "V1", outcome: .leftMessage, number: "+47 22 33 44 55", note: nil))
        #expect(s.refusal(close) == .outstandingNotifications(id, ["Klinikksjef", "Driftsleverandør"]),
                "only reaching the person fulfils a notification")

        try s.run(.recordCall(id, "V1", outcome: .reached, number: "+47 22 33 44 55", note: nil))
        #expect(s.refusal(close) == .outstandingNotifications(id, ["Driftsleverandør"]))

        try s.run(.declineNotification(id, "V2", reason: "Leverandøren meldte selv feilen"))
        try s.run(close)
        #expect(s.state[id]?.phase == .closed)
        #expect(s.state[id]?.duty("V3")?.isOutstanding == true, "the optional duty was never done, and did not block")
    }

    @Test("Forms and notifications block a dismissal too")
    func dismissalGuards() throws {
        var s = Scenario()
        let id = try s.open()
        try s.run(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        let dismiss = Action.close(id, summary: "Falsk alarm", dismissal: "Feil på én PC", level: nil)
        #expect(s.refusal(dismiss) == .unsettledForms(id, ["EPJ-0001"]))
        try s.run(.waiveForm(id, "EPJ-0001", reason: "Ikke brukt"))
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        #expect(s.refusal(dismiss) == .outstandingNotifications(id, ["Klinikksjef"]))
    }

    // MARK: The level decision when the last open incident closes

    @Test("Closing the last open incident at a raised level asks for a level decision", arguments: [ReadinessLevel.yellow, .red])
    func lastOpenNeedsLevelDecision(level: ReadinessLevel) throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(level, reason: "EPJ nede på alle sengeposter", incidents: [id]))
        try s.bring(id, to: .reEntry)
        #expect(s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: nil)) == .levelDecisionNeeded(level))
        #expect(s.state[id]?.phase == .reEntry)
    }

    @Test("Lowering on close records the level change citing the incident")
    func closeAndLower() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.red, reason: "EPJ nede på alle sengeposter", incidents: [id]))
        try s.bring(id, to: .reEntry)
        s.wait(hours(1))
        let events = try s.run(.close(id, summary: "Ferdig", dismissal: nil,
                                      level: .lower(to: .yellow, reason: "Tjenesten er stabil, vi følger med")))
        #expect(events.map(\.body) == [
            .incidentClosed(IncidentClosed(summary: "Ferdig")),
            .levelChanged(LevelChanged(from: .red, to: .yellow, reason: "Tjenesten er stabil, vi følger med", incidents: [id])),
        ])
        #expect(events[1].incident == id)
        #expect(s.state.level == .yellow)
        #expect(s.state.levelDecision?.incidents == [id])
        #expect(s.state.levelDecidedAt == s.now)
        #expect(s.state[id]?.phase == .closed)
    }

    @Test("Keeping the level on close records that decision and leaves the level raised")
    func closeAndKeep() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        let raisedAt = s.now
        try s.bring(id, to: .reEntry)
        s.wait(hours(1))
        let events = try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: .keep(reason: "Fare for ny stans i natt")))
        #expect(events.map(\.body.type) == ["incident.closed", "level.kept"])
        #expect(events[1].body == .levelKept(LevelKept(level: .yellow, reason: "Fare for ny stans i natt")))
        #expect(s.state.level == .yellow)
        #expect(s.state.levelDecidedAt == s.now)
        #expect(s.state.levelDecidedAt != raisedAt)
    }

    @Test("A level decision on close needs a reason, and closes nothing when refused")
    func levelDecisionNeedsReason() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        try s.bring(id, to: .reEntry)
        let recorded = s.journal.count
        #expect(s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: .keep(reason: ""))) == .emptyText(field: "begrunnelse for nivå"))
        #expect(s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: .lower(to: .green, reason: " ")))
                == .emptyText(field: "begrunnelse for nivå"))
        #expect(s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: .lower(to: .yellow, reason: "Uendret"))) == .sameLevel(.yellow))
        #expect(s.journal.count == recorded)
        #expect(s.state[id]?.phase == .reEntry)
    }

    @Test("“Lower” on close cannot raise the level")
    func lowerCannotRaise() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        try s.bring(id, to: .reEntry)
        let refusal = s.refusal(.close(id, summary: "Ferdig", dismissal: nil, level: .lower(to: .red, reason: "Feiltast")))
        #expect(refusal == .raiseWithoutIncident, "raising is a decision of its own, citing an open incident")
        #expect(s.state.level == .yellow)
    }

    @Test("Closing an incident while another is open needs no level decision")
    func notLastOpen() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding, "DIPS Arena svarer ikke")
        let second = try s.incident(in: .triaged, "Telefoni nede i akuttmottaket")
        try s.run(.setLevel(.red, reason: "To samtidige hendelser", incidents: [first, second]))
        try s.bring(first, to: .reEntry)
        let events = try s.run(.close(first, summary: "Ferdig", dismissal: nil, level: nil))
        #expect(events.map(\.body.type) == ["incident.closed"])
        #expect(s.state.level == .red)
        #expect(s.state.openIncidents.map(\.id) == [second])

        #expect(s.refusal(.close(second, summary: "Falsk alarm", dismissal: "Ett apparat", level: nil)) == .levelDecisionNeeded(.red))
    }

    @Test("At normal drift, closing the last open incident needs no level decision")
    func normalNeedsNoDecision() throws {
        var s = Scenario()
        let id = try s.incident(in: .reEntry)
        #expect(s.state.level == .normal)
        let events = try s.run(.close(id, summary: "Ferdig", dismissal: nil, level: nil))
        #expect(events.count == 1)
        #expect(s.state.levelDecidedAt == nil)
    }
}
