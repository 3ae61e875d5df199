import Foundation
import Testing
@testable import BeredskapCore

@Suite("Damage-limitation measures of the incident's category (2g)")
struct DamageLimitationTests {
    static let organisation = Organisation(name: "Testsykehuset (fiktivt)", categories: [
        CategoryDefinition(id: "teknisk-feil", name: "Teknisk feil", description: "",
                           measures: ["Stopp pågående endringer", "Noter siste sikre registrering"], notify: []),
        CategoryDefinition(id: "skadevare", name: "Skadevare", description: "", measures: ["Isoler berørte maskiner"], notify: []),
    ])

    func scenario() -> Scenario {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        return s
    }

    @Test("A tick names the category, the measure's index and text, and who ticked it when")
    func tick() throws {
        var s = scenario()
        let id = try s.open()
        try s.triage(id)
        s.wait(minutes(5))
        let events = try s.run(.completeMeasure(id, "teknisk-feil", measure: 1), by: "Ola Drift")
        #expect(events.map(\.body) == [.measureCompleted(MeasureCompleted(category: "teknisk-feil", measure: 1,
                                                                           text: "Noter siste sikre registrering"))])
        let tick = try #require(s.state[id]?.completedMeasures["teknisk-feil"]?["Noter siste sikre registrering"])
        #expect(tick.by == "Ola Drift")
        #expect(tick.at == night + minutes(5))
        #expect(tick.seq == s.journal.last?.seq)
        #expect(s.state[id]?.completedMeasures["teknisk-feil"]?["Stopp pågående endringer"] == nil)
        #expect(events[0].body.summary(in: Self.organisation)
            == "Skadebegrensende tiltak kvittert: «Noter siste sikre registrering» (Teknisk feil)")
    }

    @Test("Refused before triage, for another category, past the list, twice, and after closing")
    func refusals() throws {
        var s = scenario()
        let id = try s.open()
        #expect(s.refusal(.completeMeasure(id, "teknisk-feil", measure: 0)) == .measureNotForCategory("Teknisk feil", incidentCategory: nil))
        try s.triage(id)
        #expect(s.refusal(.completeMeasure(id, "skadevare", measure: 0)) == .measureNotForCategory("Skadevare", incidentCategory: "Teknisk feil"))
        #expect(s.refusal(.completeMeasure(id, "teknisk-feil", measure: 2)) == .unknownCategoryMeasure("Teknisk feil", index: 2))
        #expect(s.refusal(.completeMeasure(id, "teknisk-feil", measure: -1)) == .unknownCategoryMeasure("Teknisk feil", index: -1))
        #expect(s.refusal(.completeMeasure(id, "skadevare", measure: 0))?.message
            == "Hendelsen er vurdert i kategorien «Teknisk feil», ikke «Skadevare». Kvitter ut tiltakene for den kategorien.")
        try s.run(.completeMeasure(id, "teknisk-feil", measure: 0))
        #expect(s.refusal(.completeMeasure(id, "teknisk-feil", measure: 0)) == .measureAlreadyCompleted("Stopp pågående endringer"))
        try s.bring(id, to: .closed)
        #expect(s.refusal(.completeMeasure(id, "teknisk-feil", measure: 1)) == .notOpen(id))
    }

    @Test("Replay rebuilds the ticks, keyed by text so a reordered list still shows what was done")
    func replay() throws {
        var s = scenario()
        let id = try s.open()
        try s.triage(id)
        try s.run(.completeMeasure(id, "teknisk-feil", measure: 1))
        let reordered = Organisation(name: "Testsykehuset (fiktivt)", categories: [
            CategoryDefinition(id: "teknisk-feil", name: "Teknisk feil", description: "",
                               measures: ["Noter siste sikre registrering", "Stopp pågående endringer"], notify: []),
        ])
        var replayed = State(organisation: reordered)
        for (seq, event) in s.journal { replayed.fold(event, seq: seq) }
        #expect(replayed[id]?.completedMeasures == s.state[id]?.completedMeasures)
        #expect(replayed[id]?.completedMeasures["teknisk-feil"]?["Noter siste sikre registrering"] != nil)
    }
}
