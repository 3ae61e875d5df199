import Foundation
import Testing
@testable import BeredskapCore

/// One incident in each phase a text field can be written in, with a task, a duty and a form to act on.
struct FreeTextFixture {
    var scenario = Scenario()
    let responding, triaged, restoring, reEntry, closed, detected: IncidentID

    init() throws {
        responding = try scenario.incident(in: .responding, "Hendelse i håndtering")
        try scenario.run(.confirmControl(responding, note: "Oversikt"))
        try scenario.run(.assignTask(responding, title: "Oppgave", role: "ikt-vakt", due: nil, procedure: nil))
        try scenario.run(.requireNotification(responding, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        try scenario.run(.issueForms(responding, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        triaged = try scenario.incident(in: .triaged, "Vurdert hendelse")
        restoring = try scenario.incident(in: .restoring, "Hendelse under gjenoppretting")
        reEntry = try scenario.incident(in: .reEntry, "Hendelse under ajourføring")
        closed = try scenario.incident(in: .closed, "Avsluttet hendelse")
        detected = try scenario.incident(in: .detected, "Ny hendelse")
    }
}

/// A text field of a command: where the text goes, and whether it may be left out.
struct TextField: Sendable, CustomTestStringConvertible {
    let field: String
    let required: Bool
    let action: @Sendable (FreeTextFixture, String) -> Action
    var testDescription: String { field + (required ? "" : " (valgfritt)") }

    init(_ field: String, required: Bool = true, _ action: @escaping @Sendable (FreeTextFixture, String) -> Action) {
        self.field = field
        self.required = required
        self.action = action
    }

    static let all: [TextField] = [
        TextField("tittel") { _, t in .openIncident(title: t, detectedBy: nil) },
        TextField("oppdaget av", required: false) { _, t in .openIncident(title: "EPJ nede", detectedBy: t) },
        TextField("konsekvens") { f, t in .triage(f.responding, TriageInput(systems: ["dips"], category: "teknisk", severity: .low, consequence: t)) },
        TextField("merknad", required: false) { f, t in .startResponse(f.triaged, note: t) },
        TextField("grunnlag for kontroll") { f, t in .confirmControl(f.responding, note: t) },
        TextField("merknad", required: false) { f, t in .startRestoration(f.responding, note: t) },
        TextField("merknad", required: false) { f, t in .confirmRestored(f.restoring, note: t) },
        TextField("oppsummering") { f, t in .close(f.reEntry, summary: t, dismissal: nil, level: nil) },
        TextField("begrunnelse for avvisning") { f, t in .close(f.detected, summary: "Falsk alarm", dismissal: t, level: nil) },
        TextField("begrunnelse for nivå") { f, t in .close(f.reEntry, summary: "Ferdig", dismissal: nil, level: .keep(reason: t)) },
        TextField("læring") { f, t in .evaluate(f.closed, lessons: ["Ringeliste", t], actions: []) },
        TextField("tiltak") { f, t in .evaluate(f.closed, lessons: ["Ok"], actions: [CorrectiveAction(text: t, owner: "Koordinator", due: night)]) },
        TextField("ansvarlig") { f, t in .evaluate(f.closed, lessons: ["Ok"], actions: [CorrectiveAction(text: "Øv", owner: t, due: night)]) },
        TextField("begrunnelse") { f, t in .setLevel(.yellow, reason: t, incidents: [f.responding]) },
        TextField("logg") { f, t in .log(f.responding, text: t) },
        TextField("logg") { _, t in .log(nil, text: t) },
        TextField("korrigering") { f, t in .correct(seq: 1, incident: f.closed, text: t, reason: "Feil") },
        TextField("begrunnelse") { f, t in .correct(seq: 1, incident: nil, text: "Rettet", reason: t) },
        TextField("oppgave") { f, t in .assignTask(f.responding, title: t, role: "ikt-vakt", due: nil, procedure: nil) },
        TextField("merknad", required: false) { f, t in .completeTask(f.responding, "O1", note: t) },
        TextField("begrunnelse") { f, t in .cancelTask(f.responding, "O1", reason: t) },
        TextField("person") { _, t in .assignRole("loggfører", person: t, handoverNote: nil) },
        TextField("overlevering", required: false) { _, t in .assignRole("loggfører", person: "Per", handoverNote: t) },
        TextField("mottaker") { f, t in .requireNotification(f.responding, recipient: t, contact: nil, due: nil, mandatory: true) },
        TextField("merknad", required: false) { f, t in .recordCall(f.responding, "V1", outcome: .reached, number: nil, note: t) },
        TextField("nummer", required: false) { f, t in .recordCall(f.responding, "V1", outcome: .reached, number: t, note: nil) },
        TextField("begrunnelse") { f, t in .declineNotification(f.responding, "V1", reason: t) },
        TextField("utlevert til") { f, t in .issueForms(f.responding, form: "papirjournal", count: 1, issuedTo: t) },
        TextField("begrunnelse") { f, t in .waiveForm(f.responding, "EPJ-0001", reason: t) },
        TextField("beskrivelse") { f, t in .flagPrivacyBreach(f.responding, awareAt: night, note: t) },
    ]
}

@Suite("Free text: required where it must be, never a patient's identity number")
struct FreeTextTests {
    @Test("Each text field refuses a valid fødselsnummer or D-number, however it is written", arguments: TextField.all)
    func refusesNumber(field: TextField) throws {
        let fixture = try FreeTextFixture()
        for number in TestNumber.spellings {
            let refusal = fixture.scenario.refusal(field.action(fixture, "Gjelder pasient \(number) på 3B"))
            #expect(refusal == .personalIdentityNumber(field: field.field), "\(number)")
        }
    }

    @Test("Each text field accepts numbers that are not identity numbers", arguments: TextField.all)
    func acceptsLookalikes(field: TextField) throws {
        let fixture = try FreeTextFixture()
        for text in TestNumber.lookalikes {
            #expect(fixture.scenario.refusal(field.action(fixture, "Ring \(text) på 3B")) == nil, "\(text)")
        }
    }

    @Test("Required text is refused when empty or only whitespace; optional text may be empty", arguments: TextField.all)
    func emptyText(field: TextField) throws {
        let fixture = try FreeTextFixture()
        for blank in ["", " ", "\t\n  "] {
            let refusal = fixture.scenario.refusal(field.action(fixture, blank))
            #expect(refusal == (field.required ? .emptyText(field: field.field) : nil), "«\(blank)»")
        }
    }

    @Test("The refusal explains why and what to write instead")
    func message() {
        let message = Refusal.personalIdentityNumber(field: "logg").message
        #expect(message.contains("«logg»"))
        #expect(message.contains("løpenummer"))
    }
}

@Suite("Operator: who did it, on every event")
struct OperatorTests {
    @Test("Every event records the operator of the command that made it")
    func onEveryEvent() throws {
        var s = Scenario()
        let id = try s.open()
        try s.triage(id)
        try s.run(.startResponse(id, note: nil), by: "Ola Stab")
        try s.run(.flagPrivacyBreach(id, awareAt: night, note: "Utskrift funnet"), by: "Per Loggfører")
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]), by: "Anne Leder")
        #expect(s.journal.map(\.event.operatorName) == ["Kari Vakt", "Kari Vakt", "Ola Stab", "Per Loggfører", "Per Loggfører", "Anne Leder"])
        #expect(s.state[id]?.openedBy == "Kari Vakt")
    }

    @Test("An empty operator is refused, whatever the command", arguments: ["", "  ", "\n"])
    func emptyOperator(name: String) throws {
        var s = Scenario()
        let id = try s.open()
        #expect(s.refusal(.log(id, text: "Hei"), by: OperatorName(name)) == .emptyText(field: "operatør"))
        #expect(s.refusal(.openIncident(title: "EPJ nede", detectedBy: nil), by: OperatorName(name)) == .emptyText(field: "operatør"))
        #expect(s.refusal(.assignRole("loggfører", person: "Per", handoverNote: nil), by: OperatorName(name)) == .emptyText(field: "operatør"))
    }

    @Test("An operator name cannot be an identity number either")
    func operatorNumber() throws {
        let s = Scenario()
        let name = OperatorName(TestNumber.valid("010150"))
        #expect(s.refusal(.openIncident(title: "EPJ nede", detectedBy: nil), by: name) == .personalIdentityNumber(field: "operatør"))
    }
}
