import Foundation
import Testing
@testable import BeredskapCore

@Suite("Corrections and late entries: never edit, say when it happened")
struct CorrectionAndLateEntryTests {
    // MARK: Corrections

    @Test("A correction must point at a recorded seq: 1 through the last")
    func correctionSeqBounds() throws {
        var s = Scenario()
        #expect(s.refusal(.correct(seq: 1, incident: nil, text: "Rettet", reason: "Feil")) == .unknownSeq(1, last: 0))

        let id = try s.open()
        try s.run(.log(id, text: "Ringte driftsleverandør kl 03:10"))
        try s.run(.log(id, text: "Driftsleverandør bekrefter feil"))
        #expect(s.state.lastSeq == 3)

        for bad in [0, -1, 4, 100] {
            #expect(s.refusal(.correct(seq: bad, incident: id, text: "Rettet", reason: "Feil")) == .unknownSeq(bad, last: 3))
        }
        for good in 1...3 {
            #expect(s.refusal(.correct(seq: good, incident: id, text: "Rettet", reason: "Feil")) == nil)
        }
    }

    @Test("A correction is a new event; the corrected one is left as it was")
    func correctionIsNewEvent() throws {
        var s = Scenario()
        let id = try s.open()
        try s.run(.log(id, text: "Ringte driftsleverandør kl 03:10"))
        let corrected = s.journal[1]
        let before = s.state

        s.wait(minutes(20))
        let events = try s.run(.correct(seq: 2, incident: id, text: "Ringte driftsleverandør kl 03:01",
                                        reason: "Skrev feil klokkeslett"), by: "Per Loggfører")
        #expect(events.map(\.body) == [.entryCorrected(EntryCorrected(
            corrects: 2, text: "Ringte driftsleverandør kl 03:01", reason: "Skrev feil klokkeslett"))])
        #expect(events[0].incident == id)
        #expect(events[0].operatorName == "Per Loggfører")
        #expect(s.journal.count == 3)
        #expect(s.journal[1].seq == corrected.seq)
        #expect(s.journal[1].event == corrected.event)

        var expected = before
        expected.lastSeq = 3
        expected.corrections = [2: [3]]
        #expect(s.state == expected, "a text correction changes nothing but the journal's length and the mark on the line")
    }

    @Test("Closed and evaluated incidents can still be corrected, never changed")
    func correctClosed() throws {
        var s = Scenario()
        let id = try s.incident(in: .evaluated)
        #expect(s.refusal(.log(id, text: "Etterpå")) == .notOpen(id))
        #expect(s.refusal(.log(id, text: "Etterpå"))?.message.contains("korrigering") == true)
        try s.run(.correct(seq: 1, incident: id, text: "Tittel: DIPS Arena og labsystem", reason: "Labsystemet var også nede"))
        #expect(s.state[id]?.title == "DIPS Arena svarer ikke")
    }

    @Test("A correction needs text and a reason")
    func correctionNeedsText() throws {
        var s = Scenario()
        _ = try s.open()
        #expect(s.refusal(.correct(seq: 1, incident: nil, text: "", reason: "Feil")) == .emptyText(field: "korrigering"))
        #expect(s.refusal(.correct(seq: 1, incident: nil, text: "Rettet", reason: "\n")) == .emptyText(field: "begrunnelse"))
    }

    // MARK: Late entries

    @Test("A late entry is recorded with when it happened; registered is now")
    func lateEntry() throws {
        var s = Scenario()
        s.wait(minutes(40))
        let happened = night
        let events = try s.run(.openIncident(title: "EPJ nede", detectedBy: "Akuttmottaket"), occurred: happened)
        #expect(events[0].occurred == happened)
        #expect(events[0].registered == night + minutes(40))
        #expect(events[0].effectiveTime == happened)
        #expect(s.state.incidents[0].detectedAt == happened)
    }

    @Test("A late entry from before its incident was detected is refused; the opening itself may be entered late")
    func lateEntryBeforeIncident() throws {
        var s = Scenario()
        s.wait(hours(2))
        let id = try s.open(occurred: s.now - hours(1))
        let detected = s.now - hours(1)
        for early in [detected - 60, detected - hours(24 * 365 * 3)] {
            #expect(s.refusal(.log(id, text: "Ringte"), occurred: early)
                == .beforeIncident(id, occurred: early, detected: detected, s.state.organisation.timeZone))
        }
        #expect(try s.run(.log(id, text: "Ringte"), occurred: detected).count == 1)
        #expect(try s.run(.log(id, text: "Ringte igjen"), occurred: detected + 60).count == 1)
        // Another incident's late opening is not held to this one's time.
        #expect(s.refusal(.openIncident(title: "Kurve nede", detectedBy: nil), occurred: detected - hours(5)) == nil)
    }

    @Test("An occurred time equal to now is stored as no occurred time")
    func occurredNow() throws {
        var s = Scenario()
        let events = try s.run(.openIncident(title: "EPJ nede", detectedBy: nil), occurred: s.now)
        #expect(events[0].occurred == nil)
        #expect(events[0].registered == night)
    }

    @Test("An occurred time in the future is refused")
    func futureOccurred() throws {
        var s = Scenario()
        let id = try s.open()
        let later = s.now + 1
        #expect(s.refusal(.log(id, text: "Snart"), occurred: later) == .futureTime(later, .oslo))
        #expect(s.refusal(.openIncident(title: "EPJ nede", detectedBy: nil), occurred: later) == .futureTime(later, .oslo))
    }

    @Test("The outage clock of a late-registered incident runs from when it happened")
    func outageFromOccurred() throws {
        var s = Scenario()
        s.wait(hours(1))
        let id = try s.open(occurred: night)
        try s.triage(id, maxOutage: .hours(4))
        s.wait(minutes(30))
        let clock = Clocks.outage(try #require(s.state[id]), now: s.now)
        #expect(clock.elapsed == hours(1.5))
        #expect(clock.remaining == hours(2.5))
    }

    @Test("Restoration registered late stops the outage clock at when it happened")
    func lateRestoration() throws {
        var s = Scenario()
        let id = try s.incident(in: .restoring)
        s.wait(hours(3))
        try s.run(.confirmRestored(id, note: nil), occurred: night + hours(2))
        #expect(s.state[id]?.restoredAt == night + hours(2))
        let clock = Clocks.outage(try #require(s.state[id]), now: s.now + hours(5))
        #expect(clock.elapsed == hours(2))
        #expect(clock.stopped)
    }

    @Test("Every event of a late command shares its registered and occurred times")
    func lateCommandWithSeveralEvents() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        s.wait(hours(1))
        let events = try s.run(.flagPrivacyBreach(id, awareAt: night, note: "Utskrift funnet i trapp"), occurred: night + minutes(10))
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.registered == night + hours(1) && $0.occurred == night + minutes(10) })
    }
}
