import Foundation
import Testing
@testable import BeredskapCore

/// A small hospital register: power feeds the network, the network feeds login, login feeds the EPJ and the lab;
/// the chart system depends on the EPJ. Classes as Normen 5.9 orders them.
private let register = Organisation(
    name: "Testsykehuset (fiktivt)",
    classes: [
        CriticalityClass(id: "k1", name: "Kritisk", description: "", rank: 1, maxOutage: .hours(1)),
        CriticalityClass(id: "k2", name: "Alvorlig", description: "", rank: 2, maxOutage: .hours(4)),
        CriticalityClass(id: "k4", name: "Kan vente", description: "", rank: 4, maxOutage: .hours(72)),
    ],
    systems: [
        SystemEntry(id: "strom", name: "Strøm", classID: "k1", owner: "Teknisk"),
        SystemEntry(id: "lan", name: "LAN", classID: "k1", owner: "IKT", dependsOn: ["strom"]),
        SystemEntry(id: "ad", name: "Pålogging", classID: "k1", owner: "IKT", dependsOn: ["lan"]),
        SystemEntry(id: "epj", name: "EPJ", classID: "k2", owner: "Klinikk", dependsOn: ["ad"]),
        SystemEntry(id: "kurve", name: "Kurve", classID: "k2", owner: "Klinikk", dependsOn: ["epj"]),
        SystemEntry(id: "lab", name: "Lab", classID: "k2", owner: "Lab", dependsOn: ["ad"]),
        SystemEntry(id: "intranett", name: "Intranett", classID: "k4", owner: "Kommunikasjon"),
    ],
    contacts: [
        Contact(id: "ikt-leder", name: "IKT-leder", organisation: "Testsykehuset", role: "Leder", external: false,
                phones: ["+47 000 00 001"], verified: night),
        Contact(id: "helsecert", name: "HelseCERT", organisation: "Norsk helsenett", role: "Vakt", external: true,
                phones: ["+47 000 00 002"], verified: night),
        Contact(id: "direktor", name: "Administrerende direktør", organisation: "Testsykehuset", role: "Ledelse",
                external: false, phones: ["+47 000 00 003"], verified: night),
    ],
    levels: [
        LevelDefinition(level: .green, meaning: "", criteria: [], notify: [NotifyRule(contact: "ikt-leder", within: Minutes(60))],
                        tasks: [], roles: []),
        LevelDefinition(level: .yellow, meaning: "", criteria: [], notify: [NotifyRule(contact: "ikt-leder", within: Minutes(15))],
                        tasks: [TaskTemplate(title: "Hent nødpermene", role: "sengepostleder", within: Minutes(20))], roles: []),
        LevelDefinition(level: .red, meaning: "", criteria: [],
                        notify: [NotifyRule(contact: "ikt-leder", within: Minutes(10)), NotifyRule(contact: "direktor", within: Minutes(30))],
                        tasks: [TaskTemplate(title: "Sett krisestab", role: "krisestabsleder", within: Minutes(30)),
                                TaskTemplate(title: "Første statusmelding til ansatte", role: "kommunikasjon", within: Minutes(45))],
                        roles: []),
    ],
    categories: [
        CategoryDefinition(id: "skadevare", name: "Skadevare", description: "", measures: ["Isoler"],
                           notify: [NotifyRule(contact: "helsecert", within: Minutes(60))], consider: ["helsecert", "direktor"]),
        CategoryDefinition(id: "teknisk-svikt", name: "Teknisk svikt", description: "", measures: [], notify: []),
    ])

@Suite("The register in triage and levels")
struct RegisterTests {
    func scenario() -> Scenario {
        var s = Scenario()
        s.state = State(organisation: register)
        return s
    }

    func triage(_ s: inout Scenario, _ id: IncidentID, systems: [SystemID], category: CategoryID = "teknisk-svikt",
                severity: Severity = .moderate, expected: Minutes? = nil) throws(Refusal) -> IncidentTriaged {
        let events = try s.run(.triage(id, TriageInput(systems: systems, category: category, severity: severity,
                                                       consequence: "Papirrutiner", expectedDuration: expected)))
        guard case .incidentTriaged(let triage) = events[0].body else { preconditionFailure("triage comes first") }
        return triage
    }

    @Test("The blast radius follows dependencies transitively and leaves out the systems themselves")
    func blastRadius() {
        #expect(register.blastRadius(of: ["ad"]) == ["epj", "kurve", "lab"])
        #expect(register.blastRadius(of: ["strom"]) == ["ad", "epj", "kurve", "lab", "lan"])
        #expect(register.blastRadius(of: ["kurve"]) == [])
        #expect(register.blastRadius(of: ["epj", "kurve"]) == [])
    }

    @Test("Triage takes the strictest max outage of the systems and their dependants from the register")
    func maxOutageFromRegister() throws {
        var s = scenario()
        let id = try s.open()
        let epj = try triage(&s, id, systems: ["epj"])
        #expect(epj.dependents == ["kurve"])
        #expect(epj.maxOutage == .hours(4))
        let ad = try triage(&s, id, systems: ["ad"])
        #expect(ad.maxOutage == .hours(1), "pålogging is class 1")
        #expect(ad.suggestedLevel == .yellow, "a class-1 system hit is at least yellow")
        let intranet = try triage(&s, id, systems: ["intranett"])
        #expect(intranet.suggestedLevel == .green)
        #expect(intranet.maxOutage == .hours(72))
    }

    @Test("Expected duration against the register's max outage drives the suggestion")
    func suggestionAgainstMaxOutage() throws {
        var s = scenario()
        let id = try s.open()
        #expect(try triage(&s, id, systems: ["epj"], expected: Minutes(60)).suggestedLevel == .green)
        #expect(try triage(&s, id, systems: ["epj"], expected: Minutes(150)).suggestedLevel == .yellow)
        #expect(try triage(&s, id, systems: ["epj"], expected: Minutes(300)).suggestedLevel == .red)
    }

    @Test("Unknown systems and categories are refused when there is a register")
    func unknownNames() throws {
        var s = scenario()
        let id = try s.open()
        #expect(s.refusal(.triage(id, TriageInput(systems: ["dips"], category: "teknisk-svikt", severity: .low,
                                                  consequence: "x"))) == .unknownSystem("dips"))
        #expect(s.refusal(.triage(id, TriageInput(systems: ["epj"], category: "ukjent", severity: .low,
                                                  consequence: "x"))) == .unknownCategory("ukjent"))
    }

    @Test("A category brings its notifications: HelseCERT for malware, within its deadline")
    func categoryDuties() throws {
        var s = scenario()
        let id = try s.open()
        _ = try triage(&s, id, systems: ["ad"], category: "skadevare", severity: .critical)
        let duty = try #require(s.state[id]?.duties.first)
        #expect(duty.contact == "helsecert")
        #expect(duty.recipient == "HelseCERT (Norsk helsenett)")
        #expect(duty.due == s.now + minutes(60))
        #expect(duty.mandatory)
        let considered = try #require(s.state[id]?.duties.last)
        #expect(s.state[id]?.duties.map(\.contact) == ["helsecert", "direktor"], "a body both notified and considered is asked once")
        #expect(considered.recipient == "Vurder: Administrerende direktør (Ledelse)")
        #expect(considered.due == nil)
        #expect(considered.mandatory, "a decision must be recorded before closing")
        _ = try triage(&s, id, systems: ["ad"], category: "skadevare", severity: .critical)
        #expect(s.state[id]?.duties.count == 2, "re-triage does not duplicate a duty")
    }

    @Test("Raising the level starts its notifications and tasks in the incident behind it; lowering starts nothing")
    func levelDuties() throws {
        var s = scenario()
        let id = try s.open()
        _ = try triage(&s, id, systems: ["epj"])
        try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        #expect(s.state[id]?.duties.map(\.contact) == ["ikt-leder"])
        #expect(s.state[id]?.tasks.map(\.title) == ["Hent nødpermene"])
        #expect(s.state[id]?.tasks.first?.due == s.now + minutes(20))

        s.wait(minutes(30))
        try s.run(.setLevel(.red, reason: "Forventet over maks", incidents: [id]))
        #expect(s.state[id]?.duties.map(\.contact) == ["ikt-leder", "direktor"], "ikt-leder is not asked twice")
        #expect(s.state[id]?.duties.map(\.id) == ["V1", "V2"])
        #expect(s.state[id]?.tasks.map(\.id) == ["O1", "O2", "O3"])
        #expect(s.state[id]?.duty("V2")?.due == s.now + minutes(30))

        try s.run(.setLevel(.yellow, reason: "Stabilt", incidents: [id]))
        #expect(s.state[id]?.tasks.count == 3)
        #expect(s.state[id]?.duties.count == 2)
    }
}
