import Foundation
import Testing
@testable import BeredskapCore

@Suite("Notifications (varsling) and the privacy-breach duty")
struct NotificationTests {
    @Test("Duties are numbered V1, V2, ... within each incident")
    func dutyIDs() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding)
        let second = try s.open("Telefoni nede")
        for recipient in ["Klinikksjef", "Driftsleverandør"] {
            try s.run(.requireNotification(first, recipient: recipient, contact: nil, due: nil, mandatory: true))
        }
        let events = try s.run(.requireNotification(second, recipient: "HelseCERT", contact: "helsecert", due: night + hours(1), mandatory: false))
        #expect(s.state[first]?.duties.map(\.id) == ["V1", "V2"])
        #expect(s.state[first]?.duties.map(\.recipient) == ["Klinikksjef", "Driftsleverandør"])
        #expect(events.map(\.body) == [.notificationRequired(NotificationRequired(
            duty: "V1", recipient: "HelseCERT", contact: "helsecert", due: night + hours(1), mandatory: false))])
        #expect(s.state[second]?.duty("V1")?.mandatory == false)
        #expect(s.refusal(.requireNotification(first, recipient: " ", contact: nil, due: nil, mandatory: true)) == .emptyText(field: "mottaker"))
    }

    @Test("Each attempt is kept with its outcome; only “nådd” fulfils the duty", arguments: CallOutcome.allCases)
    func attempts(outcome: CallOutcome) throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        s.wait(minutes(3))
        try s.run(.recordCall(id, "V1", outcome: outcome, number: "+47 22 33 44 55", note: "Vakttelefon"), by: "Ola Stab")

        let duty = try #require(s.state[id]?.duty("V1"))
        #expect(duty.attempts == [.init(at: night + minutes(3), by: "Ola Stab", outcome: outcome,
                                        number: "+47 22 33 44 55", note: "Vakttelefon", seq: s.journal.last?.seq ?? 0)])
        #expect(duty.isOutstanding == (outcome != .reached))
        #expect(duty.reachedAt == (outcome == .reached ? night + minutes(3) : nil))
    }

    @Test("Several attempts until the recipient is reached; then no more attempts")
    func untilReached() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        for outcome in [CallOutcome.noAnswer, .leftMessage, .willCallBack, .reached] {
            s.wait(minutes(5))
            try s.run(.recordCall(id, "V1", outcome: outcome, number: nil, note: nil))
        }
        let duty = try #require(s.state[id]?.duty("V1"))
        #expect(duty.attempts.map(\.outcome) == [.noAnswer, .leftMessage, .willCallBack, .reached])
        #expect(duty.reachedAt == night + minutes(20))
        #expect(s.refusal(.recordCall(id, "V1", outcome: .reached, number: nil, note: nil)) == .dutySettled("V1"))
        #expect(s.refusal(.declineNotification(id, "V1", reason: "For sent")) == .dutySettled("V1"))
    }

    @Test("Declining needs a reason, settles the duty, and ends the attempts")
    func decline() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Fylkeslegen", contact: nil, due: nil, mandatory: true))
        #expect(s.refusal(.declineNotification(id, "V1", reason: "  ")) == .emptyText(field: "begrunnelse"))
        try s.run(.declineNotification(id, "V1", reason: "Ingen pasientskade; avklart med klinikksjef"))
        let duty = try #require(s.state[id]?.duty("V1"))
        #expect(!duty.isOutstanding)
        #expect(duty.reachedAt == nil)
        #expect(duty.declinedReason == "Ingen pasientskade; avklart med klinikksjef")
        #expect(s.refusal(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil)) == .dutySettled("V1"))
        #expect(s.refusal(.declineNotification(id, "V1", reason: "Igjen")) == .dutySettled("V1"))
    }

    @Test("An unknown duty is refused")
    func unknownDuty() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.recordCall(id, "V1", outcome: .reached, number: nil, note: nil)) == .unknownDuty("V1"))
        #expect(s.refusal(.declineNotification(id, "V7", reason: "Nei")) == .unknownDuty("V7"))
    }

    // MARK: Personal-data breach (Normen 5.8)

    @Test("Flagging a breach creates a mandatory Datatilsynet duty due 72 h after awareness")
    func privacyBreach() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: false))
        s.wait(hours(2))
        let aware = night + hours(1)
        let events = try s.run(.flagPrivacyBreach(id, awareAt: aware, note: "Papirjournal funnet i trappeoppgang"))
        #expect(events.map(\.body) == [
            .privacyBreachFlagged(PrivacyBreachFlagged(awareAt: aware, note: "Papirjournal funnet i trappeoppgang", duty: "V2")),
            .notificationRequired(NotificationRequired(duty: "V2", recipient: "Datatilsynet", due: aware + hours(72), mandatory: true)),
        ])
        #expect(s.state[id]?.privacyBreachAwareAt == aware)
        #expect(s.state[id]?.outstandingMandatoryDuties.map(\.id) == ["V2"])
    }

    @Test("A breach cannot be flagged twice, nor with awareness in the future, nor without a note")
    func privacyBreachRefusals() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        let future = s.now + minutes(1)
        #expect(s.refusal(.flagPrivacyBreach(id, awareAt: future, note: "Funnet")) == .futureTime(future, .oslo))
        #expect(s.refusal(.flagPrivacyBreach(id, awareAt: s.now, note: "")) == .emptyText(field: "beskrivelse"))
        try s.run(.flagPrivacyBreach(id, awareAt: s.now, note: "Funnet"))
        #expect(s.refusal(.flagPrivacyBreach(id, awareAt: s.now, note: "Igjen")) == .privacyBreachAlreadyFlagged(id))
        #expect(s.state[id]?.duties.count == 1)
    }

    @Test("The Datatilsynet duty blocks closing until it is reached or declined")
    func privacyBreachBlocksClose() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.flagPrivacyBreach(id, awareAt: s.now, note: "Funnet"))
        try s.bring(id, to: .reEntry)
        let close = Action.close(id, summary: "Ferdig", dismissal: nil, level: nil)
        #expect(s.refusal(close) == .outstandingNotifications(id, ["Datatilsynet"]))
        try s.run(.recordCall(id, "V1", outcome: .reached, number: nil, note: "Meldt via Altinn"))
        try s.run(close)
    }
}
