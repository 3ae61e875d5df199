import Foundation
import Testing
@testable import BeredskapCore

@Suite("Approval given by phone: recorded by the scribe, accepted only from the krisestab lead")
struct VerbalApprovalTests {
    func drafted() throws -> (Scenario, IncidentID) {
        var (s, id) = try MessageTests().scenario()
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: s.now, contact: "+47 0", text: nil))
        try s.run(.draftMessage(id, template: "pasient", recipients: "Berørte pasienter", nextUpdate: nil, contact: "+47 1", text: nil))
        return (s, id)
    }

    @Test("The scribe records «godkjent muntlig av» the lead: the message counts as approved by the lead, marked verbal")
    func recorded() throws {
        var (s, id) = try drafted()
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        s.wait(minutes(10))
        let given = s.now - minutes(4)
        let events = try s.run(.approveMessageVerbally(id, "M1", approver: "Anne Leder", givenAt: given), by: "Per Loggfører")
        #expect(events.map(\.body) == [.messageApprovedVerbally(MessageApprovedVerbally(message: "M1", approver: "Anne Leder", givenAt: given))])
        #expect(events[0].operatorName == "Per Loggfører", "the operator is who typed it")

        let message = try #require(s.state[id]?.messages.first)
        #expect(message.approvedBy == "Anne Leder")
        #expect(message.verbalApproval == VerbalApproval(recordedBy: "Per Loggfører", givenAt: given))
        try s.run(.sendMessage(id, "M1", channel: "Intranett"))
        #expect(s.state[id]?.messages.first?.sent.map(\.channel) == ["Intranett"])
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: "Anne Leder", givenAt: given)) == .messageAlreadyApproved("M1"))
        #expect(s.refusal(.approveMessage(id, "M1"), by: "Anne Leder") == .messageAlreadyApproved("M1"))

        #expect(events[0].body.summary(in: MessageTests.organisation)
            == "Melding M1 godkjent muntlig av krisestabsleder Anne Leder kl. 03:12")
    }

    @Test("Refused unless the named approver holds the krisestabsleder role; the refusal says who may approve")
    func refusals() throws {
        var (s, id) = try drafted()
        let given = s.now
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: "Anne Leder", givenAt: given)) == .noApprover)
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        let wrong = s.refusal(.approveMessageVerbally(id, "M1", approver: "Ola Stab", givenAt: given))
        #expect(wrong == .verbalApproverNotLead(named: "Ola Stab", lead: "Anne Leder"))
        #expect(wrong?.message == "Ola Stab er ikke krisestabsleder. Bare krisestabsleder (Anne Leder) kan godkjenne meldinger, også muntlig.")
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: " ", givenAt: given)) == .emptyText(field: "godkjent av"))
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: "Anne Leder", givenAt: s.now + 60)) == .futureTime(s.now + 60, .oslo))
        #expect(s.refusal(.approveMessageVerbally(id, "M9", approver: "Anne Leder", givenAt: given)) == .unknownMessage("M9"))
        #expect(s.refusal(.approveMessageVerbally(id, "M2", approver: "Anne Leder", givenAt: given)) == .messageUnfinished("M2", "[beskriv]"))
        #expect(s.refusal(.approveMessage(id, "M1"))?.message.contains("muntlig godkjenning fra Anne Leder") == true,
                "the lead-only refusal points the scribe at the verbal approval")

        // A new lead takes over: only the person holding the role now can have approved.
        try s.run(.assignRole("krisestabsleder", person: "Ola Stab", handoverNote: "Skiftbytte"))
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: "Anne Leder", givenAt: given))
            == .verbalApproverNotLead(named: "Anne Leder", lead: "Ola Stab"))
        #expect(s.refusal(.approveMessageVerbally(id, "M1", approver: "Ola Stab", givenAt: given)) == nil)
    }
}
