import Foundation
import Testing
@testable import BeredskapCore

@Suite("Escalation: a call that reached no one comes back as «ring igjen»")
struct EscalationTests {
    @Test func unansweredCallsComeBackUntilSomeoneIsReached() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: night + hours(1), mandatory: true))
        #expect(Clocks.dueItems(s.state, now: s.now).map(\.kind) == [.notification("V1")], "no attempt yet, no reminder")

        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: "+47 000 00 001", note: nil))
        let afterNoAnswer = Clocks.dueItems(s.state, now: s.now + minutes(11))
        let retry = try #require(afterNoAnswer.first { $0.kind == .callAgain("V1") })
        #expect(retry.due == s.now + Clocks.retryAfterNoAnswer)
        #expect(retry.isOverdue)
        #expect(retry.title.contains("Klinikksjef"))

        s.wait(minutes(12))
        try s.run(.recordCall(id, "V1", outcome: .willCallBack, number: nil, note: nil))
        let promised = try #require(Clocks.dueItems(s.state, now: s.now).first { $0.kind == .callAgain("V1") })
        #expect(promised.due == s.now + Clocks.retryAfterPromisedCallBack, "the latest attempt counts")

        try s.run(.recordCall(id, "V1", outcome: .reached, number: nil, note: nil))
        #expect(Clocks.dueItems(s.state, now: s.now).isEmpty, "reached: no deadline and no reminder")
    }
}
