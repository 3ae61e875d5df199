import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

/// The shipped demo organisation (Playbooks/ at the top of the repository): it loads without errors, and the
/// register behaves in triage as a coordinator would expect.
@Suite struct DemoOrganisationTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Playbooks").path

    func organisation() throws -> Organisation {
        let report = PlaybookLoader.load(directory: Self.directory, now: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(report.organisation)
    }

    @Test func theDemoLintsCleanAndIsMarkedFictional() throws {
        let demo = try organisation()
        #expect(demo.fictional)
        #expect(demo.name.contains("fiktiv"))
        #expect((15...25).contains(demo.systems.count))
        #expect(demo.classes.map(\.rank).sorted() == [1, 2, 3, 4, 5], "Normen 5.9's five classes")
    }

    @Test func theProceduresTogetherCoverEveryFactsheetStepOfTwo() throws {
        let covered = Set(try organisation().procedures.flatMap(\.factsheetSteps))
        let steps = "abcdefghijk".map { "2\($0)" }
        #expect(steps.filter { !covered.contains($0) } == [])
    }

    @Test func loginDownTakesTheClinicalSystemsWithIt() throws {
        let demo = try organisation()
        let radius = demo.blastRadius(of: ["palogging"])
        for system: SystemID in ["epj", "pas", "kurve", "lis"] {
            #expect(radius.contains(system), "\(system) depends on pålogging: \(radius)")
        }
        #expect(!radius.contains("strom"), "what pålogging depends on is not in its blast radius")
        #expect(demo.blastRadius(of: ["strom"]).count == demo.systems.count - 1, "everything stands on power")
    }

    @Test func triageOnTheDemoRegisterSuggestsFromClassAndMaxOutage() throws {
        let demo = try organisation()
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        var state = State(organisation: demo)
        for event in try state.decide(Command(by: "kari", .openIncident(title: "EPJ nede", detectedBy: nil)), now: now) {
            state.fold(event, seq: state.lastSeq + 1)
        }
        let id = try #require(state.incidents.first?.id)
        func suggestion(_ systems: [SystemID], _ severity: Severity, expected: Int?) throws -> IncidentTriaged {
            let events = try state.decide(Command(by: "kari", .triage(id, TriageInput(
                systems: systems, category: "teknisk-svikt", severity: severity, consequence: "Papir",
                expectedDuration: expected.map(Minutes.init)))), now: now)
            guard case .incidentTriaged(let triage) = events.first?.body else { throw CancellationError() }
            return triage
        }
        let epj = try suggestion(["epj"], .moderate, expected: 20)
        #expect(epj.maxOutage == demo.maxOutage(of: "epj"))
        #expect(epj.suggestedLevel == .yellow, "a class-1 system is at least yellow")
        #expect(try suggestion(["epj"], .moderate, expected: 600).suggestedLevel == .red, "beyond the max outage")
        #expect(try suggestion(["intranett"], .low, expected: 60).suggestedLevel == .green)
    }

    /// Triages an incident on the demo organisation and returns its state.
    func triaged(_ systems: [SystemID], _ category: CategoryID, flagBreachAt aware: Date? = nil) throws -> (State, Incident) {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        var state = State(organisation: try organisation())
        func run(_ action: Action) throws {
            for event in try state.decide(Command(by: "kari", action), now: now) { state.fold(event, seq: state.lastSeq + 1) }
        }
        try run(.openIncident(title: "Hendelse", detectedBy: nil))
        try run(.triage("H-2026-001", TriageInput(systems: systems, category: category, severity: .moderate, consequence: "Vurderes")))
        if let aware { try run(.flagPrivacyBreach("H-2026-001", awareAt: aware, note: "Utskrift funnet i trappeoppgang")) }
        return (state, try #require(state["H-2026-001"]))
    }

    @Test func aPersonalDataBreachWithoutMalwareFollowsThePrivacyProcedureNotTheMalwareOne() throws {
        let (state, breach) = try triaged(["epj"], "personvernbrudd")
        #expect(state.organisation.procedures(for: breach).map(\.id) == ["personvernbrudd"])
        let (malwareState, malware) = try triaged(["lan"], "skadevare")
        #expect(malwareState.organisation.procedures(for: malware).map(\.id).contains("skadevare"))
    }

    @Test func theDatatilsynetClockRunsOnceFromAwarenessNotFromTriage() throws {
        let (_, triagedOnly) = try triaged(["epj"], "personvernbrudd")
        #expect(!triagedOnly.duties.contains { $0.recipient.contains("Datatilsynet") }, "triage starts no 72 h clock")
        let aware = Date(timeIntervalSince1970: 1_795_000_000 - 3600)
        let (_, flagged) = try triaged(["epj"], "personvernbrudd", flagBreachAt: aware)
        let clocks = flagged.duties.filter { $0.recipient.contains("Datatilsynet") }
        #expect(clocks.count == 1)
        #expect(clocks.first?.due == aware + 72 * 3600)
    }

    @Test func powerAndAlarmsHaveAStricterMaxOutageThanTheirClassAndTriageUsesIt() throws {
        let demo = try organisation()
        let classMax = try #require(demo.system("strom").flatMap { demo.criticalityClass($0.classID) }?.maxOutage)
        #expect(try #require(demo.maxOutage(of: "strom")) < classMax)
        #expect(demo.strictest(["epj", "strom"]).maxOutage == demo.maxOutage(of: "strom"))
        let (_, incident) = try triaged(["telefoni"], "teknisk-svikt")
        #expect(incident.triage?.maxOutage == demo.maxOutage(of: "telefoni"), "the clocks use the stricter time")
    }

    @Test func everySystemRecordsItsPlanningFactsAndVendorAgreement() throws {
        let demo = try organisation()
        for system in demo.systems {
            #expect(system.consequence?.isEmpty == false, "1a for \(system.id)")
            #expect(system.riskAssessment?.hasPrefix("ROS-") == true, "1d for \(system.id)")
            #expect(system.maxOutageApproved != nil, "1e for \(system.id)")
            #expect(system.agreement.map { !$0.roles.isEmpty && !$0.deliveries.isEmpty } == true, "1g for \(system.id)")
        }
        #expect(demo.systems.contains { $0.agreement?.responseTime != nil && $0.agreement?.reference != nil && $0.agreement?.vendorProcedures != nil },
                "the optional agreement keys are exercised")
    }

    @Test func theProceduresUseEveryKindOfTheFactsheet() throws {
        let demo = try organisation()
        #expect(Set(demo.procedures.map(\.mode)) == Set(FallbackMode.allCases), "uten IS, delvis IS, reserveløsning, parallell løsning (1f)")
        #expect(demo.procedure("telefoni-alarm")?.mode == .parallel, "Nødnett and mobile phones beside the telephony")
        #expect(demo.procedure("vannlekkasje-kjoling")?.mode == .standby, "services moved to the other data room")
    }
}
