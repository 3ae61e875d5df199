import Foundation
import Testing
@testable import BeredskapCore

@Suite("Personal-data breach: details, staged notification to Datatilsynet, drafts (Normen 5.8)")
struct BreachTests {
    static let everything = BreachDetails(
        subjectCategories: "Pasienter på sengepost 3B", approximateSubjects: 40, dataTypes: "Journalnotater med diagnoser",
        contactPoint: "Personvernombudet, +47 000 10 099", likelyConsequences: "Tap av fortrolighet",
        measures: "Utskriftene er hentet inn og makulert", cause: "Utskrifter glemt i trappeoppgang",
        period: "Natt til 18. november", location: "Papir, nå hos personvernombudet")

    func flagged() throws -> (Scenario, IncidentID) {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.flagPrivacyBreach(id, awareAt: s.now, note: "Utskrifter fra EPJ funnet i trappeoppgang"))
        return (s, id)
    }

    @Test("Details are refused before a breach is flagged, merge item by item, and pass the identity guard")
    func details() throws {
        var s = Scenario()
        let plain = try s.incident(in: .responding)
        #expect(s.refusal(.recordBreachDetails(plain, BreachDetails(approximateSubjects: 3))) == .noPrivacyBreach(plain))

        var (t, id) = try flagged()
        try t.run(.recordBreachDetails(id, BreachDetails(subjectCategories: "Pasienter", approximateSubjects: 10)))
        try t.run(.recordBreachDetails(id, BreachDetails(approximateSubjects: 40, dataTypes: "Journalnotater")))
        let known = try #require(t.state[id]?.breachDetails)
        #expect(known.subjectCategories == "Pasienter", "a later recording keeps what it does not mention")
        #expect(known.approximateSubjects == 40, "and replaces what it does")
        #expect(known.dataTypes == "Journalnotater")
        #expect(t.refusal(.recordBreachDetails(id, BreachDetails(approximateSubjects: -1))) == .negativeCount(-1))
        #expect(t.refusal(.recordBreachDetails(id, BreachDetails(location: "Hos \(TestNumber.valid("010150"))"))) ==
            .personalIdentityNumber(field: "hvor opplysningene befinner seg"))
    }

    @Test("The Datatilsynet draft lists every item Normen 5.8.1 asks for, marking what is missing")
    func draft() throws {
        var (s, id) = try flagged()
        let empty = BreachDraft.datatilsynet(try #require(s.state[id]), now: s.now, timeZone: .oslo)
        #expect(empty.count == 11)
        #expect(BreachDraft.missing(empty).count == 9, "only the description and the awareness time are known")
        try s.run(.recordBreachDetails(id, Self.everything))
        let full = BreachDraft.datatilsynet(try #require(s.state[id]), now: s.now, timeZone: .oslo)
        #expect(BreachDraft.missing(full) == [])
        let text = BreachDraft.text(title: "Melding til Datatilsynet", full)
        for needed in ["Kategorier av registrerte", "Omtrentlig antall", "Typer personopplysninger", "Personvernombud",
                       "Sannsynlige konsekvenser", "Tiltak iverksatt", "40"] {
            #expect(text.contains(needed), "\(needed)")
        }
        #expect(!text.contains("MANGLER"))
        let notice = BreachDraft.dataSubjects(try #require(s.state[id]))
        #expect(notice.map(\.value).allSatisfy { $0 != nil }, "Normen 5.8.2's four items are known")
    }

    @Test("The first notification fulfils the 72 h duty; the final one needs every item")
    func stagedReporting() throws {
        var (s, id) = try flagged()
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) != nil)
        let initial = try s.run(.reportBreach(id, stage: .initial, delayReason: nil))
        guard case .breachReported(let report) = initial.first?.body else { Issue.record("no report"); return }
        #expect(report.missing.count == 9, "what was still unknown is recorded with what was sent")
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) == nil, "the clock stops once notified")
        #expect(s.state[id]?.outstandingMandatoryDuties.isEmpty == true)

        guard case .breachReportIncomplete(_, let missing)? = s.refusal(.reportBreach(id, stage: .final, delayReason: nil)) else {
            Issue.record("a final report with gaps is refused"); return
        }
        #expect(missing.count == 9)
        try s.run(.recordBreachDetails(id, Self.everything))
        try s.run(.reportBreach(id, stage: .final, delayReason: nil))
        #expect(s.state[id]?.breachReports.map(\.stage) == [.initial, .final])
    }

    @Test("Past 72 hours the first notification must say why it is late")
    func lateNotification() throws {
        var (s, id) = try flagged()
        s.wait(hours(73))
        #expect(s.refusal(.reportBreach(id, stage: .initial, delayReason: nil)) == .breachDelayReasonNeeded(id))
        #expect(s.refusal(.reportBreach(id, stage: .initial, delayReason: "  ")) == .breachDelayReasonNeeded(id))
        let draft = BreachDraft.datatilsynet(try #require(s.state[id]), now: s.now, timeZone: .oslo)
        #expect(BreachDraft.missing(draft).contains(BreachDraft.delayLabel))
        try s.run(.reportBreach(id, stage: .initial, delayReason: "Oppdaget i helgen, personvernombudet var ikke nåbart"))
        #expect(s.state[id]?.breachReports.first?.missing.contains(BreachDraft.delayLabel) == false)
    }
}
