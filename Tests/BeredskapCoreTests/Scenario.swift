import Foundation
@testable import BeredskapCore

/// 03:06 Oslo time on a Wednesday night in November 2026 (02:06:40 UTC): when the EPJ goes down.
let night = Date(timeIntervalSince1970: 1_794_967_600)

func minutes(_ n: Double) -> TimeInterval { n * 60 }
func hours(_ n: Double) -> TimeInterval { n * 3600 }

/// An incident as it unfolds: each command is decided at `now`, and its events are folded in with increasing
/// seq, as the journal would record and replay them. Reads as a story; refusals are returned, not thrown.
struct Scenario {
    /// Nothing registered but the paper forms the tests hand out.
    static let organisation = Organisation(name: "Testsykehuset (fiktivt)", forms: [
        FormDefinition(id: "papirjournal", title: "Papirjournal", serialPrefix: "EPJ", fields: ["Notat"]),
        FormDefinition(id: "labrekvisisjon", title: "Laboratorierekvisisjon", serialPrefix: "LAB", fields: ["Prøver"]),
    ])

    var state = State(organisation: Scenario.organisation)
    var now = night
    var operatorName: OperatorName = "Kari Vakt"
    /// Every recorded event with its seq, in order.
    private(set) var journal: [(seq: Int, event: Event)] = []

    /// Decides and records; the refusal propagates and nothing is recorded.
    @discardableResult
    mutating func run(_ action: Action, by name: OperatorName? = nil, occurred: Date? = nil) throws(Refusal) -> [Event] {
        let events = try state.decide(Command(by: name ?? operatorName, occurred: occurred, action), now: now)
        for event in events {
            let seq = (journal.last?.seq ?? 0) + 1
            state = state.evolve(event, seq: seq)
            journal.append((seq, event))
        }
        return events
    }

    /// The refusal `decide` gives for the action, or nil if it would be recorded. Records nothing.
    func refusal(_ action: Action, by name: OperatorName? = nil, occurred: Date? = nil) -> Refusal? {
        do {
            _ = try state.decide(Command(by: name ?? operatorName, occurred: occurred, action), now: now)
            return nil
        } catch {
            return error
        }
    }

    mutating func wait(_ seconds: TimeInterval) { now += seconds }

    // MARK: The story so far

    /// Opens an incident and returns the id `decide` gave it.
    mutating func open(_ title: String = "DIPS Arena svarer ikke", occurred: Date? = nil) throws(Refusal) -> IncidentID {
        let events = try run(.openIncident(title: title, detectedBy: "Sengepost 3B"), occurred: occurred)
        return events[0].incident!
    }

    mutating func triage(_ id: IncidentID, severity: Severity = .high, expected: Minutes? = .hours(2),
                         maxOutage: Minutes? = .hours(4)) throws(Refusal) {
        try run(.triage(id, TriageInput(systems: ["dips-arena"], category: "teknisk-feil", severity: severity,
                                        consequence: "Ingen tilgang til pasientjournal på sengepostene",
                                        expectedDuration: expected, maxOutage: maxOutage)))
    }

    /// Walks an incident forward through the happy path until it reaches `phase`.
    mutating func bring(_ id: IncidentID, to phase: Phase) throws(Refusal) {
        while let current = state[id]?.phase, current < phase {
            switch current {
            case .detected: try triage(id)
            case .triaged: try run(.startResponse(id, note: nil))
            case .responding:
                try run(.confirmControl(id, note: "Oversikt over berørte avdelinger, driftsleverandør på saken"))
                try run(.startRestoration(id, note: nil))
            case .restoring: try run(.confirmRestored(id, note: "DIPS svarer igjen"))
            case .reEntry: try run(.close(id, summary: "Gjenopprettet etter omstart av databasen", dismissal: nil,
                                          level: state.openIncidents.count == 1 && state.level.isRaised
                                              ? .keep(reason: "Vi følger med et døgn") : nil,
                                          unfinishedReason: "Gått gjennom med krisestabsleder"))
            case .closed: try run(.evaluate(id, lessons: ["Ringelisten var utdatert"], actions: []))
            case .evaluated: return
            }
        }
    }

    /// A new incident already in `phase`.
    mutating func incident(in phase: Phase, _ title: String = "DIPS Arena svarer ikke") throws(Refusal) -> IncidentID {
        let id = try open(title)
        try bring(id, to: phase)
        return id
    }
}

extension Refusal {
    /// Whether this refusal is about the incident's phase (wrong phase or closed) rather than anything else.
    var isAboutPhase: Bool {
        switch self {
        case .wrongPhase, .notOpen: true
        default: false
        }
    }
}
