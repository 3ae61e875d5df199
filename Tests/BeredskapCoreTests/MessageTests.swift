import Foundation
import Testing
@testable import BeredskapCore

@Suite("Communication (2i): drafted from a template, approved by the krisestab lead, then sent")
struct MessageTests {
    static let organisation = Organisation(
        name: "Testsykehuset (fiktivt)",
        systems: [SystemEntry(id: "epj", name: "DIPS Arena", classID: "k1", owner: "IKT")],
        templates: [
            MessageTemplate(id: "ansatte", audience: .staff, title: "Driftsstans",
                            text: "{tittel} ({hendelse}) fra {start}: {systemer} nede. {virksomhet} er på {nivå}. Neste melding {neste_melding}, spørsmål til {kontakt}."),
            MessageTemplate(id: "pasient", audience: .patients, title: "Underretning", text: "Hva som skjedde: [beskriv]. Kontakt {kontakt}."),
        ])

    func scenario() throws -> (Scenario, IncidentID) {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let id = try s.open("EPJ utilgjengelig")
        try s.run(.triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high, consequence: "Papir")))
        return (s, id)
    }

    @Test("A draft fills every placeholder from the incident and the organisation, and nothing else")
    func draftFills() throws {
        var (s, id) = try scenario()
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: s.now + hours(1),
                                contact: "+47 000 10 001", text: nil))
        let text = try #require(s.state[id]?.messages.first?.draft.text)
        #expect(text.hasPrefix("EPJ utilgjengelig (\(id)) fra "))
        #expect(text.contains("DIPS Arena nede"), "the system's name from the register")
        #expect(text.contains("Testsykehuset (fiktivt) er på normal drift"))
        #expect(text.contains("spørsmål til +47 000 10 001."))
        #expect(!text.contains("{"), "no placeholder left: \(text)")
        #expect(s.refusal(.draftMessage(id, template: "finnes-ikke", recipients: "x", nextUpdate: nil, contact: nil, text: nil)) ==
            .unknownTemplate("finnes-ikke"))
    }

    @Test("Times in a message are on the organisation's clock, not the clock of the machine that wrote it")
    func organisationTimeZone() throws {
        var (s, id) = try scenario()
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle", nextUpdate: night + hours(1), contact: "1", text: nil))
        let oslo = try #require(s.state[id]?.messages.first?.draft.text)
        #expect(oslo.contains("fra 18.11.2026 03:06"), "03:06 in Oslo: \(oslo)")
        #expect(oslo.contains("Neste melding 18.11.2026 04:06"))

        var tokyo = Self.organisation
        tokyo.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        var t = Scenario()
        t.state = State(organisation: tokyo)
        let other = try t.open("EPJ utilgjengelig")
        try t.run(.draftMessage(other, template: "ansatte", recipients: "Alle", nextUpdate: nil, contact: "1", text: nil))
        #expect(t.state[other]?.messages.first?.draft.text.contains("fra 18.11.2026 11:06") == true)
    }

    @Test("Only the krisestab lead approves, only a finished text, and only approved messages are sent")
    func approvalAndSending() throws {
        var (s, id) = try scenario()
        try s.run(.draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: s.now, contact: "+47 0", text: nil))
        #expect(s.refusal(.sendMessage(id, "M1", channel: "Intranett")) == .messageNotApproved("M1"))
        #expect(s.refusal(.approveMessage(id, "M1")) == .noApprover)
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        #expect(s.refusal(.approveMessage(id, "M1")) == .notTheApprover("Anne Leder"))
        try s.run(.approveMessage(id, "M1"), by: "Anne Leder")
        #expect(s.refusal(.approveMessage(id, "M1"), by: "Anne Leder") == .messageAlreadyApproved("M1"))
        try s.run(.sendMessage(id, "M1", channel: "Intranett og SMS til ledere"))
        let message = try #require(s.state[id]?.messages.first)
        #expect(message.approvedBy == "Anne Leder")
        #expect(message.sent.map(\.channel) == ["Intranett og SMS til ledere"])

        try s.run(.draftMessage(id, template: "pasient", recipients: "Berørte pasienter", nextUpdate: nil, contact: "+47 1", text: nil))
        #expect(s.refusal(.approveMessage(id, "M2"), by: "Anne Leder") == .messageUnfinished("M2", "[beskriv]"))
        #expect(s.refusal(.draftMessage(id, template: "pasient", recipients: "Berørte pasienter", nextUpdate: nil, contact: nil,
                                        text: "Gjelder \(TestNumber.valid("010150"))")) == .personalIdentityNumber(field: "meldingstekst"))
        try s.run(.draftMessage(id, template: "pasient", recipients: "Berørte pasienter", nextUpdate: nil, contact: nil,
                                text: "Utskrifter ble funnet. Kontakt personvernombudet."))
        try s.run(.approveMessage(id, "M3"), by: "Anne Leder")
    }
}
