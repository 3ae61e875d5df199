import Foundation
@testable import BeredskapCore

/// A small organisation for guidance tests: an EPJ procedure in two alternatives (uten IS, delvis IS) that share
/// their first steps, with steps that actions fulfil; gul with a call list, the loggfører role and tasks that actions
/// fulfil; a paper journal form and a staff message template.
enum GuidanceFixture {
    static func step(_ id: StepID, _ text: String, critical: Bool = false, within: Minutes? = nil, doneBy: Fulfilment? = nil) -> Step {
        Step(id: id, text: text, role: "ikt-vakt", within: within, kind: .readDo, critical: critical, doneBy: doneBy)
    }

    static func procedure(_ id: ProcedureID, mode: FallbackMode) -> Procedure {
        Procedure(id: id, title: "EPJ nede", version: "1", contentHash: id.rawValue, mode: mode, systems: ["epj"], categories: ["bortfall"],
                  factsheetSteps: [], steps: [
                    .triaged: [step("v1", "Registrer berørte systemer", doneBy: .triage),
                               step("v2", "Beslutt beredskapsnivå", critical: true, within: Minutes(30), doneBy: .levelDecided),
                               step("v3", "Varsle avdelingene om papirrutiner", critical: true, within: Minutes(15))],
                    .responding: [step("h1", "Utlever skjemapakker", doneBy: .formsIssued(nil)),
                                  step("h2", "Bekreft kontroll og situasjonsforståelse", critical: true, doneBy: .controlConfirmed)],
                    .reEntry: [step("a1", "Kontroller at alle skjema er ført inn", critical: true)],
                    .closed: [step("x1", "Beslutt beredskapsnivå ved avslutning", doneBy: .levelDecided),
                              step("x2", "Skriv sluttrapport")],
                  ], forms: ["journalnotat"], documents: [])
    }

    static let organisation = Organisation(
        name: "Testsykehuset (fiktivt)",
        classes: [CriticalityClass(id: "k1", name: "Kritisk", description: "", rank: 1, maxOutage: .hours(1))],
        systems: [SystemEntry(id: "epj", name: "DIPS Arena", classID: "k1", owner: "IKT")],
        contacts: [
            Contact(id: "ikt-leder", name: "Ida Berg", organisation: "Test", role: "IKT-leder", external: false, phones: ["1"], verified: night),
            Contact(id: "driftsleder", name: "Per Dahl", organisation: "Test", role: "Driftsleder", external: false, phones: ["2"], verified: night),
        ],
        roles: [RoleDefinition(id: "krisestabsleder", name: "Krisestabsleder", description: "", checklist: []),
                RoleDefinition(id: "loggforer", name: "Loggfører", description: "", checklist: []),
                RoleDefinition(id: "ikt-vakt", name: "IKT-vakt", description: "", checklist: [])],
        levels: [LevelDefinition(level: .yellow, meaning: "Forsterket", criteria: [],
                                 notify: [NotifyRule(contact: "ikt-leder", within: Minutes(10)), NotifyRule(contact: "driftsleder", within: Minutes(30))],
                                 tasks: [TaskTemplate(title: "Utnevn loggfører", role: "krisestabsleder", within: Minutes(30), doneBy: .roleAppointed("loggforer")),
                                         TaskTemplate(title: "Send første melding til ansatte", role: "krisestabsleder", within: Minutes(30),
                                                      doneBy: .messageSent("ansatte")),
                                         TaskTemplate(title: "Hold statusmøte", role: "krisestabsleder", within: Minutes(60))],
                                 roles: ["krisestabsleder", "loggforer"])],
        procedures: [procedure("epj-uten-is", mode: .withoutIT), procedure("epj-delvis-is", mode: .partialIT)],
        forms: [FormDefinition(id: "journalnotat", title: "Journalnotat", serialPrefix: "JN", fields: [])],
        templates: [MessageTemplate(id: "ansatte", audience: .staff, title: "Driftsstans", text: "{tittel}: bruk nødrutiner.")])

    static func scenario() -> Scenario {
        var s = Scenario()
        s.state = State(organisation: organisation)
        return s
    }

    static func triage(_ s: inout Scenario, _ id: IncidentID, severity: Severity = .high) throws(Refusal) {
        try s.run(.triage(id, TriageInput(systems: ["epj"], category: "bortfall", severity: severity, consequence: "Papir",
                                          expectedDuration: .hours(2), maxOutage: .hours(1))))
    }
}
