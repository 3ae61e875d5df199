import Foundation
import Testing
@testable import BeredskapCore

@Suite("Clocks: outage against max outage, deadlines, the 72 h window")
struct ClockTests {
    @Test("A clock that went back before the incident's start shows no negative outage")
    func clockStepBackwards() throws {
        var s = Scenario()
        let id = try s.open()
        let clock = Clocks.outage(try #require(s.state[id]), now: night - minutes(119))
        #expect(clock.elapsed == 0)
        #expect(Minutes.describe(seconds: clock.elapsed) == "0 min")
    }

    @Test("Before triage the outage clock runs with no max outage to measure against")
    func beforeTriage() throws {
        var s = Scenario()
        let id = try s.open()
        let clock = Clocks.outage(try #require(s.state[id]), now: night + hours(10))
        #expect(clock.elapsed == hours(10))
        #expect(clock.maxOutage == nil)
        #expect(clock.remaining == nil)
        #expect(!clock.exceeded)
        #expect(!clock.stopped)
    }

    @Test("Remaining time counts down to the max outage from triage; one second past it is exceeded")
    func countdown() throws {
        var s = Scenario()
        let id = try s.open()
        s.wait(minutes(10))
        try s.triage(id, maxOutage: .hours(4))
        let incident = try #require(s.state[id])

        let early = Clocks.outage(incident, now: night + hours(3))
        #expect(early.maxOutage == .hours(4))
        #expect(early.elapsed == hours(3))
        #expect(early.remaining == hours(1))
        #expect(!early.exceeded)

        #expect(Clocks.outage(incident, now: night + hours(4)).remaining == 0)
        #expect(!Clocks.outage(incident, now: night + hours(4)).exceeded)

        let late = Clocks.outage(incident, now: night + hours(4) + 1)
        #expect(late.remaining == -1)
        #expect(late.exceeded)
    }

    @Test("The outage clock stops when the service is restored")
    func stopsAtRestored() throws {
        var s = Scenario()
        let id = try s.incident(in: .restoring)
        s.wait(hours(5))
        try s.run(.confirmRestored(id, note: nil))
        let incident = try #require(s.state[id])
        for later in [s.now, s.now + hours(1), s.now + hours(48)] {
            let clock = Clocks.outage(incident, now: later)
            #expect(clock.elapsed == hours(5))
            #expect(clock.stopped)
            #expect(clock.exceeded, "5 h against a 4 h max outage")
        }
    }

    @Test("Due items: open tasks and outstanding duties with a deadline, soonest first, overdue flagged")
    func dueItems() throws {
        var s = Scenario()
        let epj = try s.incident(in: .responding, "DIPS Arena svarer ikke")
        let phone = try s.incident(in: .triaged, "Telefoni nede")
        try s.run(.assignTask(epj, title: "Hent papirskjema", role: "loggfører", due: night + minutes(30), procedure: nil))
        try s.run(.assignTask(epj, title: "Uten frist", role: "loggfører", due: nil, procedure: nil))
        try s.run(.assignTask(epj, title: "Allerede gjort", role: "ikt-vakt", due: night + minutes(5), procedure: nil))
        try s.run(.completeTask(epj, "O3", note: nil))
        try s.run(.requireNotification(phone, recipient: "Klinikksjef", contact: nil, due: night + minutes(15), mandatory: true))
        try s.run(.requireNotification(phone, recipient: "Driftsleverandør", contact: nil, due: night + hours(2), mandatory: false))
        try s.run(.requireNotification(phone, recipient: "Avdelingsleder", contact: nil, due: night + minutes(1), mandatory: true))
        try s.run(.recordCall(phone, "V3", outcome: .reached, number: nil, note: nil))
        try s.run(.assignTask(phone, title: "Kanselleres", role: "ikt-vakt", due: night + minutes(2), procedure: nil))
        try s.run(.cancelTask(phone, "O1", reason: "Ikke nødvendig"))

        let items = Clocks.dueItems(s.state, now: night + minutes(20))
        #expect(items.map(\.title) == ["Varsle Klinikksjef [V1]", "Hent papirskjema", "Varsle Driftsleverandør [V2]"])
        #expect(items.map(\.kind) == [.notification("V1"), .task("O1"), .notification("V2")])
        #expect(items.map(\.incident) == [phone, epj, phone])
        #expect(items.map(\.isOverdue) == [true, false, false])
        #expect(items[0].overdueBy == minutes(5))
        #expect(items[1].overdueBy == -minutes(10))
    }

    @Test("Due items leave out closed incidents and declined duties")
    func dueItemsExcludeClosed() throws {
        var s = Scenario()
        let done = try s.incident(in: .responding, "Løst")
        let open = try s.incident(in: .responding, "Fortsatt nede")
        try s.run(.assignTask(done, title: "Glemt oppgave", role: "ikt-vakt", due: night + minutes(5), procedure: nil))
        try s.run(.requireNotification(open, recipient: "Fylkeslegen", contact: nil, due: night + minutes(5), mandatory: true))
        try s.run(.declineNotification(open, "V1", reason: "Ikke relevant"))
        try s.run(.requireNotification(open, recipient: "Klinikksjef", contact: nil, due: night + hours(1), mandatory: true))
        #expect(Clocks.dueItems(s.state, now: night).map(\.title) == ["Glemt oppgave", "Varsle Klinikksjef [V2]"])

        try s.bring(done, to: .closed)
        #expect(Clocks.dueItems(s.state, now: night).map(\.title) == ["Varsle Klinikksjef [V2]"])
    }

    @Test("The privacy-breach deadline shows until the Datatilsynet duty is reached", arguments: [true, false])
    func privacyBreachDeadline(reach: Bool) throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) == nil)

        let aware = night - hours(1)
        try s.run(.flagPrivacyBreach(id, awareAt: aware, note: "Journalutskrift på avveie"))
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) == aware + hours(72))
        #expect(Clocks.dueItems(s.state, now: s.now).map(\.due) == [aware + hours(72)])

        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) == aware + hours(72))

        if reach {
            try s.run(.recordCall(id, "V1", outcome: .reached, number: nil, note: "Meldt i Altinn"))
        } else {
            try s.run(.declineNotification(id, "V1", reason: "Vurdert: ingen opplysninger på avveie"))
        }
        #expect(Clocks.privacyBreachDeadline(try #require(s.state[id])) == nil)
        #expect(Clocks.dueItems(s.state, now: s.now).isEmpty)
    }

    static let spans: [(TimeInterval, String)] = [
        (0, "0 min"), (minutes(45), "45 min"), (hours(4), "4 t"), (minutes(200), "3 t 20 min"),
        (hours(49) + 59, "2 d 1 t"), (-minutes(90), "0 min"),
    ]

    @Test("Minutes read as Norwegian short spans", arguments: spans)
    func describe(seconds: TimeInterval, text: String) {
        #expect(Minutes.describe(seconds: seconds) == text)
    }

    @Test("Minutes convert to seconds")
    func minuteSeconds() {
        #expect(Minutes.hours(4).seconds == 14_400)
        #expect(Minutes(90).description == "1 t 30 min")
    }
}
