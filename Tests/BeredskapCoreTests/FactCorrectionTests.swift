import Foundation
import Testing
@testable import BeredskapCore

@Suite("Corrections that set a fact right: the state follows, the corrected line stays")
struct FactCorrectionTests {
    static let procedure = ProcedureRef(id: "epj-uten-is", contentHash: "9f2c1e")

    /// An organisation that knows the procedure, so summaries can name the step by its text.
    static let organisation: Organisation = {
        var organisation = Scenario.organisation
        organisation.procedures = [Procedure(
            id: "epj-uten-is", title: "EPJ uten IS-støtte", version: "1", contentHash: "9f2c1e", mode: .withoutIT,
            systems: [], categories: [], factsheetSteps: [],
            steps: [.responding: [Step(id: "3", text: "Varsle driftsleverandør", role: "ikt-vakt", within: nil, kind: .readDo, critical: true)]],
            forms: [], documents: [])]
        return organisation
    }()

    /// The seq the last recorded event got.
    static func lastSeq(_ s: Scenario) -> Int { s.journal.last?.seq ?? 0 }

    func responding() throws -> (Scenario, IncidentID) {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        let id = try s.incident(in: .responding)
        return (s, id)
    }

    // MARK: Call outcomes

    @Test("A call outcome set right: the attempt at seq N gets the right outcome and the duty follows", arguments: [
        (CallOutcome.noAnswer, CallOutcome.reached), (.reached, .leftMessage), (.willCallBack, .reached),
    ])
    func callOutcome(recorded: CallOutcome, right: CallOutcome) throws {
        var (s, id) = try responding()
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        try s.run(.recordCall(id, "V1", outcome: recorded, number: "+47 22 33 44 55", note: nil))
        let call = Self.lastSeq(s)
        let line = s.journal.last!
        #expect(s.state[id]?.duty("V1")?.attempts.map(\.seq) == [call])

        s.wait(minutes(5))
        let events = try s.run(.correct(seq: call, incident: id, text: "Klinikksjef svarte", reason: "Feil utfall registrert",
                                        fact: .callOutcome("V1", right)), by: "Per Loggfører")
        #expect(events.map(\.body) == [.entryCorrected(EntryCorrected(
            corrects: call, text: "Klinikksjef svarte", reason: "Feil utfall registrert",
            fact: .callOutcome(duty: "V1", recipient: "Klinikksjef", outcome: right)))])
        let duty = try #require(s.state[id]?.duty("V1"))
        #expect(duty.attempts.map(\.outcome) == [right])
        #expect(duty.isOutstanding == !right.fulfils)
        #expect(duty.reachedAt == (right.fulfils ? night : nil), "reached when the call was made, not when corrected")
        #expect(s.state.corrections == [call: [Self.lastSeq(s)]])
        #expect(s.journal.first { $0.seq == call }!.event == line.event, "the corrected line is untouched")
    }

    @Test("Only the attempt recorded at seq N changes; earlier and later attempts keep theirs")
    func onlyThatAttempt() throws {
        var (s, id) = try responding()
        try s.run(.requireNotification(id, recipient: "Driftsleverandør", contact: nil, due: nil, mandatory: false))
        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        try s.run(.recordCall(id, "V1", outcome: .leftMessage, number: nil, note: nil))
        let second = Self.lastSeq(s)
        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        try s.run(.correct(seq: second, incident: id, text: "Nådde vakthavende", reason: "Feil valg", fact: .callOutcome("V1", .reached)))
        #expect(s.state[id]?.duty("V1")?.attempts.map(\.outcome) == [.noAnswer, .reached, .noAnswer])
        #expect(s.state[id]?.duty("V1")?.isOutstanding == false)
    }

    // MARK: Steps

    @Test("A step unticked with the reason is open again, and can be ticked anew")
    func untickStep() throws {
        var (s, id) = try responding()
        try s.run(.completeStep(id, Self.procedure, step: "3"))
        let tick = Self.lastSeq(s)
        #expect(s.state[id]?.completedSteps[Self.procedure]?["3"]?.seq == tick)

        try s.run(.correct(seq: tick, incident: id, text: "Steg 3 er ikke gjort", reason: "Kvittert ved en feil",
                           fact: .untickStep(Self.procedure, "3")))
        #expect(s.state[id]?.completedSteps[Self.procedure]?["3"] == nil)
        #expect(s.refusal(.correct(seq: tick, incident: id, text: "Igjen", reason: "Feil", fact: .untickStep(Self.procedure, "3")))
            == .noStepTickAt(tick, step: "Varsle driftsleverandør"), "a tick is unticked once")

        try s.run(.completeStep(id, Self.procedure, step: "3"))
        #expect(s.state[id]?.completedSteps[Self.procedure]?["3"]?.seq == Self.lastSeq(s))
    }

    // MARK: Forms

    @Test("A form moved back one step returns to the status before; the latest step goes back first")
    func moveFormBack() throws {
        var (s, id) = try responding()
        try s.run(.issueForms(id, form: "papirjournal", count: 2, issuedTo: "Sengepost 3B"))
        let issued = Self.lastSeq(s)
        try s.run(.advanceForm(id, "EPJ-0001", to: .returned))
        let returned = Self.lastSeq(s)
        try s.run(.advanceForm(id, "EPJ-0001", to: .entered))
        let entered = Self.lastSeq(s)
        #expect(s.state[id]?.form("EPJ-0001")?.history.map(\.seq) == [issued, returned, entered])

        #expect(s.refusal(.correct(seq: returned, incident: id, text: "x", reason: "y", fact: .moveFormBack("EPJ-0001")))
            == .formMovedOnSince("EPJ-0001", seq: returned, status: .entered))
        try s.run(.correct(seq: entered, incident: id, text: "Ikke registrert ennå", reason: "Feil skjema", fact: .moveFormBack("EPJ-0001")))
        #expect(s.state[id]?.form("EPJ-0001")?.status == .returned)
        try s.run(.correct(seq: returned, incident: id, text: "Ikke levert inn", reason: "Feil skjema", fact: .moveFormBack("EPJ-0001")))
        #expect(s.state[id]?.form("EPJ-0001")?.status == .issued)
        #expect(s.state[id]?.form("EPJ-0001")?.history.map(\.seq) == [issued])
        #expect(s.state[id]?.form("EPJ-0002")?.status == .issued)
        try s.run(.advanceForm(id, "EPJ-0001", to: .returned))
    }

    @Test("A waiver set back: the form is open again and loses the waiver's reason")
    func unwaive() throws {
        var (s, id) = try responding()
        try s.run(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        try s.run(.advanceForm(id, "EPJ-0001", to: .returned))
        try s.run(.waiveForm(id, "EPJ-0001", reason: "Ubrukt"))
        try s.run(.correct(seq: Self.lastSeq(s), incident: id, text: "Skjemaet er brukt", reason: "Feil skjema frafalt",
                           fact: .moveFormBack("EPJ-0001")))
        let form = try #require(s.state[id]?.form("EPJ-0001"))
        #expect(form.status == .returned)
        #expect(form.waivedReason == nil)
        #expect(s.state[id]?.unsettledForms.map(\.serial) == ["EPJ-0001"])
    }

    @Test("One form of a batch can be set back alone")
    func oneOfABatch() throws {
        var (s, id) = try responding()
        try s.run(.issueForms(id, form: "papirjournal", count: 3, issuedTo: "Sengepost 3B"))
        try s.run(.advanceForms(id, .issuedTo("Sengepost 3B"), to: .returned, count: 3))
        let batch = Self.lastSeq(s)
        try s.run(.correct(seq: batch, incident: id, text: "EPJ-0002 kom ikke", reason: "Talte feil", fact: .moveFormBack("EPJ-0002")))
        #expect(s.state[id]?.forms.map(\.status) == [.returned, .issued, .returned])
    }

    // MARK: Triage

    @Test("Triage can be run again while the incident is open, and the wrong one's correction points at the new one",
          arguments: [Phase.triaged, .responding, .restoring, .reEntry])
    func triageRedone(phase: Phase) throws {
        var s = Scenario()
        let id = try s.open()
        try s.triage(id, severity: .low)
        let wrong = Self.lastSeq(s)
        try s.bring(id, to: phase)
        try s.triage(id, severity: .critical, expected: .hours(8))
        let redone = Self.lastSeq(s)
        #expect(s.state[id]?.phase == phase, "a new triage does not move the phase back")
        #expect(s.state[id]?.triage?.severity == .critical)

        #expect(s.refusal(.correct(seq: redone, incident: id, text: "x", reason: "y", fact: .triageRedone(by: wrong)))
            == .triageNotRedone(redone, by: wrong), "the replacement must come after the corrected triage")
        let events = try s.run(.correct(seq: wrong, incident: id, text: "Alvorlighetsgraden var kritisk", reason: "Feilvurdert",
                                        fact: .triageRedone(by: redone)))
        #expect(events.first.map(\.body) == .entryCorrected(EntryCorrected(
            corrects: wrong, text: "Alvorlighetsgraden var kritisk", reason: "Feilvurdert", fact: .triageRedone(by: redone))))
        #expect(s.state.corrections[wrong] == [Self.lastSeq(s)])
        #expect(s.state[id]?.triage?.severity == .critical)
        #expect(s.state[id]?.triageSeqs == [wrong, redone])
    }

    // MARK: Refusals

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let action: @Sendable (Story) -> Action
        let refusal: @Sendable (Story) -> Refusal
        var testDescription: String { name }
    }

    /// One incident with one of each fact recorded, and the seqs that recorded them.
    struct Story {
        var s: Scenario
        let id: IncidentID
        let closed: IncidentID
        let log, call, otherCall, tick, issue, returned, entered, triage: Int
    }

    static func story() throws -> Story {
        var s = Scenario()
        s.state = State(organisation: organisation)
        let closed = try s.incident(in: .closed, "Skriver nede")
        let id = try s.open()
        try s.triage(id)
        let triage = lastSeq(s)
        try s.bring(id, to: .responding)
        try s.run(.log(id, text: "Ringte driftsleverandør"))
        let log = lastSeq(s)
        try s.run(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true))
        try s.run(.requireNotification(id, recipient: "Driftsleverandør", contact: nil, due: nil, mandatory: false))
        try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        let call = lastSeq(s)
        try s.run(.recordCall(id, "V2", outcome: .reached, number: nil, note: nil))
        let otherCall = lastSeq(s)
        try s.run(.completeStep(id, procedure, step: "3"))
        let tick = lastSeq(s)
        try s.run(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        let issue = lastSeq(s)
        try s.run(.advanceForm(id, "EPJ-0001", to: .returned))
        let returned = lastSeq(s)
        try s.run(.advanceForm(id, "EPJ-0001", to: .entered))
        return Story(s: s, id: id, closed: closed, log: log, call: call, otherCall: otherCall, tick: tick, issue: issue,
                     returned: returned, entered: lastSeq(s), triage: triage)
    }

    static func correct(_ seq: Int, _ id: IncidentID?, _ fact: FactCorrection) -> Action {
        .correct(seq: seq, incident: id, text: "Rettet", reason: "Feil", fact: fact)
    }

    static let refusals: [Case] = [
        Case(name: "a fact needs the incident", action: { correct($0.call, nil, .callOutcome("V1", .reached)) },
             refusal: { _ in .factNeedsIncident }),
        Case(name: "a closed incident's facts stay", action: { correct(1, $0.closed, .triageRedone(by: 2)) },
             refusal: { .factCorrectionClosed($0.closed) }),
        Case(name: "a log line is no call", action: { correct($0.log, $0.id, .callOutcome("V1", .reached)) },
             refusal: { .noCallAt($0.log, recipient: "Klinikksjef") }),
        Case(name: "another duty's call", action: { correct($0.otherCall, $0.id, .callOutcome("V1", .reached)) },
             refusal: { .noCallAt($0.otherCall, recipient: "Klinikksjef") }),
        Case(name: "an unknown duty", action: { correct($0.call, $0.id, .callOutcome("V9", .reached)) },
             refusal: { _ in .unknownDuty("V9") }),
        Case(name: "the outcome it already has", action: { correct($0.call, $0.id, .callOutcome("V1", .noAnswer)) },
             refusal: { .callOutcomeUnchanged($0.call, .noAnswer) }),
        Case(name: "a call is no step tick", action: { correct($0.call, $0.id, .untickStep(procedure, "3")) },
             refusal: { .noStepTickAt($0.call, step: "Varsle driftsleverandør") }),
        Case(name: "a step never ticked", action: { correct($0.tick, $0.id, .untickStep(procedure, "4")) },
             refusal: { .noStepTickAt($0.tick, step: "4") }),
        Case(name: "another version of the procedure", action: {
            correct($0.tick, $0.id, .untickStep(ProcedureRef(id: "epj-uten-is", contentHash: "annen"), "3")) },
             refusal: { .noStepTickAt($0.tick, step: "Varsle driftsleverandør") }),
        Case(name: "the issue is no step to go back from", action: { correct($0.issue, $0.id, .moveFormBack("EPJ-0001")) },
             refusal: { .noFormChangeAt($0.issue, "EPJ-0001") }),
        Case(name: "a form moved on since", action: { correct($0.returned, $0.id, .moveFormBack("EPJ-0001")) },
             refusal: { .formMovedOnSince("EPJ-0001", seq: $0.returned, status: .entered) }),
        Case(name: "an unknown form", action: { correct($0.entered, $0.id, .moveFormBack("EPJ-0099")) },
             refusal: { _ in .unknownForm("EPJ-0099") }),
        Case(name: "a log line is no triage", action: { correct($0.log, $0.id, .triageRedone(by: $0.triage)) },
             refusal: { .noTriageAt($0.log, $0.id) }),
        Case(name: "a triage not yet redone", action: { correct($0.triage, $0.id, .triageRedone(by: $0.log)) },
             refusal: { .triageNotRedone($0.triage, by: $0.log) }),
        Case(name: "a seq beyond the journal", action: { correct($0.entered + 1, $0.id, .moveFormBack("EPJ-0001")) },
             refusal: { .unknownSeq($0.entered + 1, last: $0.entered) }),
    ]

    @Test("A fact correction is refused unless seq N really recorded that fact", arguments: refusals)
    func refused(_ rule: Case) throws {
        let story = try Self.story()
        let refusal = story.s.refusal(rule.action(story))
        #expect(refusal == rule.refusal(story))
        #expect(refusal?.message.isEmpty == false)
    }

    @Test("Refusals name the recipient and the step by their names")
    func refusalWords() {
        #expect(Refusal.noCallAt(12, recipient: "Klinikksjef").message == "Loggføring nr. 12 er ikke et anrop til Klinikksjef. "
            + "Velg linjen med anropet som skal rettes.")
        #expect(Refusal.noStepTickAt(9, step: "Varsle driftsleverandør").message.contains("«Varsle driftsleverandør»"))
        #expect(Refusal.formMovedOnSince("EPJ-0001", seq: 7, status: .entered).message
            == "Papirskjema EPJ-0001 er flyttet videre etter nr. 7 og er nå «registrert». Rett det siste steget først.")
    }

    // MARK: Replay

    @Test("Folding the journal into a fresh state gives the same state: corrections, batches and verbal approvals")
    func replay() throws {
        var story = try Self.story()
        var s = story.s
        let id = story.id
        try s.run(.correct(seq: story.call, incident: id, text: "Nådd", reason: "Feil", fact: .callOutcome("V1", .reached)))
        try s.run(.correct(seq: story.tick, incident: id, text: "Ikke gjort", reason: "Feil", fact: .untickStep(Self.procedure, "3")))
        try s.run(.correct(seq: story.entered, incident: id, text: "Ikke registrert", reason: "Feil", fact: .moveFormBack("EPJ-0001")))
        try s.triage(id, severity: .critical)
        try s.run(.correct(seq: story.triage, incident: id, text: "Kritisk", reason: "Feil", fact: .triageRedone(by: Self.lastSeq(s))))
        try s.run(.issueForms(id, form: "papirjournal", count: 3, issuedTo: "Akuttmottaket"))
        try s.run(.advanceForms(id, .issuedTo("Akuttmottaket"), to: .returned, count: 3))
        try s.run(.assignRole("krisestabsleder", person: "Anne Leder", handoverNote: nil))
        story.s = s

        var replayed = State(organisation: Self.organisation)
        for (seq, event) in s.journal { replayed.fold(event, seq: seq) }
        #expect(replayed == s.state)
        #expect(replayed.corrections.keys.sorted() == [story.triage, story.call, story.tick, story.entered].sorted())
        #expect(replayed[id]?.duty("V1")?.isOutstanding == false)
        #expect(replayed[id]?.form("EPJ-0001")?.status == .returned)
        #expect(replayed[id]?.forms.suffix(3).map(\.status) == [.returned, .returned, .returned])
    }

    // MARK: Views

    @Test("The correction's summary says what was set right, by name")
    func summaries() {
        let organisation = Self.organisation
        func summary(_ fact: CorrectedFact) -> String {
            EventBody.entryCorrected(EntryCorrected(corrects: 7, text: "Rettet", reason: "Feil", fact: fact)).summary(in: organisation)
        }
        #expect(summary(.callOutcome(duty: "V1", recipient: "Klinikksjef", outcome: .reached))
            == "Korrigerer nr. 7: Rettet (begrunnelse: Feil); anropet til Klinikksjef satt til «nådd»")
        #expect(summary(.stepUnticked(procedure: Self.procedure, step: "3"))
            .hasSuffix("; steget «Varsle driftsleverandør» i EPJ uten IS-støtte er åpnet igjen"))
        #expect(summary(.formMovedBack(serial: "EPJ-0004", to: .returned)).hasSuffix("; papirskjema EPJ-0004 er satt tilbake til «innlevert»"))
        #expect(summary(.triageRedone(by: 12)).hasSuffix("; vurderingen er erstattet av ny vurdering i nr. 12"))
        #expect(EventBody.entryCorrected(EntryCorrected(corrects: 7, text: "Rettet", reason: "Feil")).summary(in: organisation)
            == "Korrigerer nr. 7: Rettet (begrunnelse: Feil)")
    }

    @Test("Every correction of a line is kept, in order, beside the line it corrects")
    func severalCorrections() throws {
        var (s, id) = try responding()
        try s.run(.log(id, text: "Ringte 03:10"))
        let line = Self.lastSeq(s)
        try s.run(.correct(seq: line, incident: id, text: "Ringte 03:01", reason: "Feil tid"))
        let first = Self.lastSeq(s)
        try s.run(.correct(seq: line, incident: id, text: "Ringte 03:02", reason: "Fortsatt feil tid"))
        #expect(s.state.corrections == [line: [first, Self.lastSeq(s)]])
    }
}
