import Foundation
import Testing
@testable import BeredskapCore

@Suite("Who may decide: decisions reserved for a role, taken by its holder or relayed on their behalf (Normen 5.2.1, 5.2.2)")
struct AuthorityTests {
    static func organisation(relay: Bool = true) -> Organisation {
        var organisation = Scenario.organisation
        organisation.roles = [RoleDefinition(id: .crisisLead, name: "Krisestabsleder", description: "Leder", checklist: []),
                              RoleDefinition(id: "loggforer", name: "Loggfører", description: "Logg", checklist: [])]
        let lead = DecisionAuthority(role: .crisisLead, relay: relay)
        organisation.authority = [.level: lead, .control: lead, .messageApproval: lead, .appointLead: lead]
        return organisation
    }

    /// An open, triaged incident in an organisation that reserves the level, control and the lead's appointment.
    func scenario(relay: Bool = true) throws -> (Scenario, IncidentID) {
        var s = Scenario()
        s.state = State(organisation: Self.organisation(relay: relay))
        let id = try s.open()
        try s.triage(id)
        return (s, id)
    }

    /// Decides as `operatorName`, relaying for `onBehalfOf`, and records what it gives.
    @discardableResult
    func decide(_ s: inout Scenario, _ action: Action, by operatorName: OperatorName = "Kari Vakt", onBehalfOf: String? = nil) throws(Refusal) -> [Event] {
        let events = try s.state.decide(Command(by: operatorName, onBehalfOf: onBehalfOf, action), now: s.now)
        for (offset, event) in events.enumerated() { s.state = s.state.evolve(event, seq: 100 + offset) }
        return events
    }

    func refusal(_ s: Scenario, _ action: Action, by operatorName: OperatorName = "Kari Vakt", onBehalfOf: String? = nil) -> Refusal? {
        do {
            _ = try s.state.decide(Command(by: operatorName, onBehalfOf: onBehalfOf, action), now: s.now)
            return nil
        } catch { return error }
    }

    @Test("Where nothing is reserved, anyone decides and nothing is marked relayed")
    func nothingReserved() throws {
        var s = Scenario()
        let id = try s.open()
        try s.triage(id)
        let events = try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        guard case .levelChanged(let change) = events.first?.body else { Issue.record("no level change"); return }
        #expect(change.onBehalfOf == nil)
    }

    @Test("Nobody holds the role at 03:00: refused alone, accepted on behalf of the person who decided, and both are kept")
    func relayedWhileUnheld() throws {
        var (s, id) = try scenario()
        let raise = Action.setLevel(.yellow, reason: "EPJ nede", incidents: [id])
        #expect(refusal(s, raise) == .reservedDecision(.level, roleName: "Krisestabsleder", holder: nil, relayAllowed: true))
        #expect(refusal(s, raise)?.description
            == "Bare Krisestabsleder kan endre beredskapsnivået (roller.yaml), og ingen har rollen nå. Utpek rollen først, "
            + "eller før beslutningen inn på vegne av den som tok den.")
        #expect(refusal(s, raise, onBehalfOf: "  ") != nil, "a blank name is no relay")
        let events = try decide(&s, raise, onBehalfOf: " Anne Leder ")
        #expect(events.first?.operatorName == "Kari Vakt", "the operator is who entered it")
        guard case .levelChanged(let change) = events.first?.body else { Issue.record("no level change"); return }
        #expect(change.onBehalfOf == "Anne Leder")
        #expect(events[0].body.summary(in: s.state.organisation) == "Beredskapsnivå NORMAL DRIFT → GUL: EPJ nede (på vegne av Anne Leder)")
        #expect(s.state.level == .yellow)
    }

    @Test("The holder decides alone, whatever the case of the name; others relay for the holder only")
    func holderAndRelays() throws {
        var (s, id) = try scenario()
        // The first krisestab lead is appointed by whoever is there: the plan says who takes the role.
        try decide(&s, .assignRole(.crisisLead, person: "Anne Leder", handoverNote: nil))
        let raise = Action.setLevel(.yellow, reason: "EPJ nede", incidents: [id])
        #expect(refusal(s, raise) == .reservedDecision(.level, roleName: "Krisestabsleder", holder: "Anne Leder", relayAllowed: true))
        #expect(refusal(s, raise)?.description == "Bare Krisestabsleder (Anne Leder) kan endre beredskapsnivået (roller.yaml). "
            + "Er beslutningen gitt på telefon, før den inn på vegne av Anne Leder.")
        #expect(refusal(s, raise, onBehalfOf: "Ola Stab")
            == .relayedForNonHolder(.level, named: "Ola Stab", roleName: "Krisestabsleder", holder: "Anne Leder"))
        let own = try decide(&s, raise, by: "anne leder")
        guard case .levelChanged(let change) = own.first?.body else { Issue.record("no level change"); return }
        #expect(change.onBehalfOf == nil, "the holder's own decision is not marked relayed")

        try s.run(.startResponse(id, note: nil))
        #expect(refusal(s, .confirmControl(id, note: "Årsak kjent")) != nil)
        let control = try decide(&s, .confirmControl(id, note: "Årsak kjent"), onBehalfOf: "Anne Leder")
        #expect(control.first?.body == .controlConfirmed(ControlConfirmed(note: "Årsak kjent", onBehalfOf: "Anne Leder")))

        // Handing the lead over is the lead's own decision; other roles are anyone's to fill.
        let handover = Action.assignRole(.crisisLead, person: "Per Natt", handoverNote: "Overlevert kl. 07")
        #expect(refusal(s, handover) == .reservedDecision(.appointLead, roleName: "Krisestabsleder", holder: "Anne Leder", relayAllowed: true))
        #expect(refusal(s, .assignRole("loggforer", person: "Ola Logg", handoverNote: nil)) == nil)
        try decide(&s, handover, by: "Anne Leder")
        #expect(s.state.roles[.crisisLead] == "Per Natt")
        #expect(refusal(s, .setLevel(.red, reason: "Drar ut", incidents: [id]), by: "Anne Leder") != nil, "the old lead no longer decides")
    }

    @Test("Lowering the level when the last incident closes is a level decision; keeping it is not")
    func closingDecision() throws {
        var (s, id) = try scenario()
        try decide(&s, .setLevel(.yellow, reason: "EPJ nede", incidents: [id]), onBehalfOf: "Anne Leder")
        try s.run(.startResponse(id, note: nil))
        try decide(&s, .confirmControl(id, note: "Årsak kjent"), onBehalfOf: "Anne Leder")
        try s.run(.startRestoration(id, note: nil))
        try s.run(.confirmRestored(id, note: nil))
        let lower = Action.close(id, summary: "EPJ tilbake", dismissal: nil, level: .lower(to: .normal, reason: "Stabilt"), unfinishedReason: "Følges opp")
        #expect(refusal(s, lower) == .reservedDecision(.level, roleName: "Krisestabsleder", holder: nil, relayAllowed: true))
        #expect(refusal(s, lower, onBehalfOf: "Anne Leder") == nil)
        let keep = Action.close(id, summary: "EPJ tilbake", dismissal: nil, level: .keep(reason: "Følger med"), unfinishedReason: "Følges opp")
        #expect(refusal(s, keep) == nil)
    }

    @Test("Where the playbooks allow no relay, only the holder decides, and the refusal says so")
    func noRelay() throws {
        var (s, id) = try scenario(relay: false)
        let raise = Action.setLevel(.yellow, reason: "EPJ nede", incidents: [id])
        #expect(refusal(s, raise) == .reservedDecision(.level, roleName: "Krisestabsleder", holder: nil, relayAllowed: false))
        #expect(refusal(s, raise, onBehalfOf: "Anne Leder") == .relayNotAllowed(.level, roleName: "Krisestabsleder"))
        try decide(&s, .assignRole(.crisisLead, person: "Anne Leder", handoverNote: nil))
        #expect(refusal(s, raise)?.description == "Bare Krisestabsleder (Anne Leder) kan endre beredskapsnivået (roller.yaml). Be Anne Leder gjøre det selv.")
        #expect(refusal(s, raise, by: "Anne Leder") == nil)
    }

    @Test("Journals from before: a level change, a control and an appointment without `onBehalfOf` still read")
    func olderPayloads() throws {
        let decoded = try JSONDecoder().decode(LevelChanged.self, from: Data(#"{"from":"normal","to":"gul","reason":"x","incidents":[]}"#.utf8))
        #expect(decoded.onBehalfOf == nil && decoded.to == .yellow)
        #expect(try JSONDecoder().decode(ControlConfirmed.self, from: Data(#"{"note":"ok"}"#.utf8)) == ControlConfirmed(note: "ok"))
    }
}
