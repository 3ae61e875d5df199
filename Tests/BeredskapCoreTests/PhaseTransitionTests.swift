import Foundation
import Testing
@testable import BeredskapCore

@Suite("Phase transitions")
struct PhaseTransitionTests {
    @Test("An incident walks oppdaget → vurdert → håndteres → gjenopprettes → ajourføres → avsluttet → evaluert")
    func happyPath() throws {
        var s = Scenario()
        let id = try s.open()
        #expect(id == "H-2026-001")
        #expect(s.state[id]?.phase == .detected)
        #expect(s.state[id]?.detectedAt == night)

        s.wait(minutes(5))
        try s.triage(id)
        #expect(s.state[id]?.phase == .triaged)
        #expect(s.state[id]?.triage?.systems == ["dips-arena"])

        s.wait(minutes(5))
        try s.run(.startResponse(id, note: "Krisestab varslet"))
        #expect(s.state[id]?.phase == .responding)

        s.wait(minutes(30))
        try s.run(.confirmControl(id, note: "Oversikt over berørte avdelinger"))
        #expect(s.state[id]?.phase == .responding, "confirming control is a guard, not a phase")
        #expect(s.state[id]?.controlConfirmedAt == s.now)

        try s.run(.startRestoration(id, note: nil))
        #expect(s.state[id]?.phase == .restoring)

        s.wait(hours(1))
        try s.run(.confirmRestored(id, note: nil))
        #expect(s.state[id]?.phase == .reEntry)
        #expect(s.state[id]?.restoredAt == s.now)

        s.wait(hours(2))
        try s.run(.close(id, summary: "Databasen startet på nytt", dismissal: nil, level: nil))
        #expect(s.state[id]?.phase == .closed)
        #expect(s.state[id]?.closed == IncidentClosed(summary: "Databasen startet på nytt"))
        #expect(s.state[id]?.closedAt == s.now)
        #expect(s.state.openIncidents.isEmpty)

        let action = CorrectiveAction(text: "Oppdater ringelisten", owner: "Beredskapskoordinator", due: night + hours(24 * 30))
        try s.run(.evaluate(id, lessons: ["Ringelisten var utdatert"], actions: [action]))
        #expect(s.state[id]?.phase == .evaluated)
        var numbered = action
        numbered.id = "F1"
        #expect(s.state[id]?.evaluation?.actions == [numbered], "recorded with its id in the improvement plan")

        #expect(s.journal.map(\.event.body.type) == [
            "incident.opened", "incident.triaged", "incident.response-started", "incident.control-confirmed",
            "incident.restoration-started", "incident.service-restored", "incident.closed", "incident.evaluated",
        ])
        #expect(s.journal.map(\.seq) == Array(1...8))
        #expect(s.journal.allSatisfy { $0.event.incident == id })
    }

    @Test("A false alarm is dismissed before response, with the reason", arguments: [Phase.detected, .triaged])
    func dismissal(from phase: Phase) throws {
        var s = Scenario()
        let id = try s.incident(in: phase)
        try s.run(.close(id, summary: "Falsk alarm", dismissal: "Nettverksfeil på én PC", level: nil))
        #expect(s.state[id]?.phase == .closed)
        #expect(s.state[id]?.closed?.dismissal == "Nettverksfeil på én PC")
        try s.run(.evaluate(id, lessons: ["Sjekk én PC til før alarm"], actions: []))
        #expect(s.state[id]?.phase == .evaluated)
    }

    @Test("A dismissal needs a reason")
    func dismissalWithoutReason() throws {
        var s = Scenario()
        let id = try s.open()
        #expect(s.refusal(.close(id, summary: "Falsk alarm", dismissal: "  ", level: nil)) == .emptyText(field: "begrunnelse for avvisning"))
        #expect(s.state[id]?.phase == .detected)
    }

    @Test("Evaluation needs at least one lesson")
    func evaluationNeedsLessons() throws {
        var s = Scenario()
        let id = try s.incident(in: .closed)
        #expect(s.refusal(.evaluate(id, lessons: [], actions: [])) == .noLessons)
        #expect(s.refusal(.evaluate(id, lessons: [" "], actions: [])) == .emptyText(field: "læring"))
        let ownerless = CorrectiveAction(text: "Oppdater ringelisten", owner: "", due: night)
        #expect(s.refusal(.evaluate(id, lessons: ["Ok"], actions: [ownerless])) == .emptyText(field: "ansvarlig"))
    }

    @Test("Triage needs at least one affected system")
    func triageNeedsSystems() throws {
        var s = Scenario()
        let id = try s.open()
        let input = TriageInput(systems: [], category: "teknisk-feil", severity: .low, consequence: "Lite")
        #expect(s.refusal(.triage(id, input)) == .noSystems)
    }

    @Test("Triage again later updates the assessment and keeps the phase")
    func retriage() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.triage(id, severity: .critical, expected: .hours(8), maxOutage: .hours(4))
        #expect(s.state[id]?.phase == .responding)
        #expect(s.state[id]?.triage?.severity == .critical)
        #expect(s.state[id]?.triage?.suggestedLevel == .red)
    }

    // MARK: Every action in every phase

    @Test("Each action is refused outside its phases, naming the phase and the allowed phases",
          arguments: PhaseRule.all, Phase.allCases)
    func phaseTable(rule: PhaseRule, phase: Phase) throws {
        var s = Scenario()
        let id = try s.incident(in: phase)
        let refusal = s.refusal(rule.action(id))
        if rule.allowed.contains(phase) {
            #expect(refusal?.isAboutPhase != true, "\(rule.name) should be allowed in \(phase): \(String(describing: refusal))")
        } else if !phase.isOpen, rule.allowed.allSatisfy(\.isOpen) {
            #expect(refusal == .notOpen(id))
        } else {
            guard case .wrongPhase(let refused, let actual, _, let allowed) = refusal else {
                Issue.record("\(rule.name) in \(phase): expected wrongPhase, got \(String(describing: refusal))")
                return
            }
            #expect(refused == id)
            #expect(actual == phase)
            #expect(allowed == rule.allowed)
        }
    }

    @Test("Each action on an unknown incident is refused with unknownIncident", arguments: PhaseRule.all)
    func unknownIncident(rule: PhaseRule) throws {
        var s = Scenario()
        _ = try s.open()
        #expect(s.refusal(rule.action("H-2026-999")) == .unknownIncident("H-2026-999"))
    }

    @Test("The wrong-phase message names the phase and what is allowed, in Norwegian")
    func wrongPhaseMessage() throws {
        var s = Scenario()
        let id = try s.open()
        let refusal = try #require(s.refusal(.startResponse(id, note: nil)))
        #expect(refusal.message.contains("«oppdaget»"))
        #expect(refusal.message.contains("«vurdert»"))
        #expect(refusal.message.contains(id.rawValue))
    }
}

/// One action and the phases it belongs to, as the design describes them.
struct PhaseRule: Sendable, CustomTestStringConvertible {
    let name: String
    let allowed: [Phase]
    let action: @Sendable (IncidentID) -> Action

    var testDescription: String { name }

    static let working: [Phase] = [.detected, .triaged, .responding, .restoring, .reEntry]
    static let procedure = ProcedureRef(id: "epj-nede", contentHash: "abc123")

    static let all: [PhaseRule] = [
        PhaseRule(name: "triage", allowed: working) {
            .triage($0, TriageInput(systems: ["dips-arena"], category: "teknisk-feil", severity: .low, consequence: "Treg"))
        },
        PhaseRule(name: "startResponse", allowed: [.triaged]) { .startResponse($0, note: nil) },
        PhaseRule(name: "confirmControl", allowed: [.responding]) { .confirmControl($0, note: "Oversikt") },
        PhaseRule(name: "startRestoration", allowed: [.responding]) { .startRestoration($0, note: nil) },
        PhaseRule(name: "confirmRestored", allowed: [.restoring]) { .confirmRestored($0, note: nil) },
        PhaseRule(name: "close", allowed: [.reEntry]) { .close($0, summary: "Ferdig", dismissal: nil, level: nil) },
        PhaseRule(name: "dismiss", allowed: [.detected, .triaged]) {
            .close($0, summary: "Falsk alarm", dismissal: "Feil på én PC", level: nil)
        },
        PhaseRule(name: "evaluate", allowed: [.closed]) { .evaluate($0, lessons: ["Læring"], actions: []) },
        PhaseRule(name: "log", allowed: working) { .log($0, text: "Ringte driftsleverandør") },
        PhaseRule(name: "correct", allowed: Phase.allCases) { .correct(seq: 1, incident: $0, text: "Rettet", reason: "Feil tid") },
        PhaseRule(name: "assignTask", allowed: working) {
            .assignTask($0, title: "Hent papirskjema", role: "loggfører", due: nil, procedure: nil)
        },
        PhaseRule(name: "completeTask", allowed: working) { .completeTask($0, "O1", note: nil) },
        PhaseRule(name: "cancelTask", allowed: working) { .cancelTask($0, "O1", reason: "Unødvendig") },
        PhaseRule(name: "requireNotification", allowed: working) {
            .requireNotification($0, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true)
        },
        PhaseRule(name: "recordCall", allowed: working) { .recordCall($0, "V1", outcome: .reached, number: nil, note: nil) },
        PhaseRule(name: "declineNotification", allowed: working) { .declineNotification($0, "V1", reason: "Ikke relevant") },
        PhaseRule(name: "activateFallback", allowed: working) { .activateFallback($0, .withoutIT, procedure: nil) },
        PhaseRule(name: "endFallback", allowed: working) { .endFallback($0, .withoutIT) },
        PhaseRule(name: "completeStep", allowed: working + [.closed]) { .completeStep($0, procedure, step: "1") },
        PhaseRule(name: "issueForms", allowed: [.detected, .triaged, .responding, .restoring]) {
            .issueForms($0, form: "papirjournal", count: 2, issuedTo: "Sengepost 3B")
        },
        PhaseRule(name: "advanceForm", allowed: working) { .advanceForm($0, "EPJ-0001", to: .returned) },
        PhaseRule(name: "waiveForm", allowed: working) { .waiveForm($0, "EPJ-0001", reason: "Ubrukt") },
        PhaseRule(name: "flagPrivacyBreach", allowed: working) {
            .flagPrivacyBreach($0, awareAt: night, note: "Skjema funnet i trappeoppgang")
        },
    ]
}
