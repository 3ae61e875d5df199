import Foundation
import Testing
@testable import BeredskapCore

@Suite("Event payloads: stable type names and Codable round trips")
struct EventPayloadTests {
    static let procedure = ProcedureRef(id: "epj-nede", contentHash: "9f2c1e")

    /// One of each case, with every optional field filled so a round trip has something to lose.
    static let samples: [EventBody] = [
        .incidentOpened(IncidentOpened(title: "DIPS Arena svarer ikke", detectedBy: "Sengepost 3B")),
        .incidentTriaged(IncidentTriaged(systems: ["dips-arena", "lab"], category: "teknisk-feil", severity: .critical,
                                         consequence: "Ingen journal", affected: [.availability, .integrity],
                                         expectedDuration: .hours(3), maxOutage: .hours(4), suggestedLevel: .yellow)),
        .responseStarted(ResponseStarted(note: "Krisestab varslet")),
        .controlConfirmed(ControlConfirmed(note: "Oversikt")),
        .restorationStarted(RestorationStarted(note: "Omstart")),
        .serviceRestored(ServiceRestored(note: "Svarer igjen")),
        .incidentClosed(IncidentClosed(summary: "Falsk alarm", dismissal: "Én PC")),
        .incidentEvaluated(IncidentEvaluated(lessons: ["Ringeliste"], actions: [
            CorrectiveAction(text: "Oppdater ringelisten", owner: "Koordinator", due: night + hours(720)),
        ])),
        .levelChanged(LevelChanged(from: .green, to: .red, reason: "EPJ nede", incidents: ["H-2026-001", "H-2026-002"])),
        .levelKept(LevelKept(level: .yellow, reason: "Fare for ny stans")),
        .logEntry(LogEntry(text: "Ringte driftsleverandør")),
        .entryCorrected(EntryCorrected(corrects: 7, text: "Rettet", reason: "Feil klokkeslett",
                                       fact: .callOutcome(duty: "V1", recipient: "Klinikksjef", outcome: .reached))),
        .taskAssigned(TaskAssigned(task: "O1", title: "Hent skjema", role: "loggfører", due: night + minutes(30), procedure: procedure)),
        .taskCompleted(TaskCompleted(task: "O1", note: "Hentet")),
        .taskCancelled(TaskCancelled(task: "O2", reason: "Unødvendig")),
        .roleAssigned(RoleAssigned(role: "krisestabsleder", person: "Anne Leder", handoverNote: "Nivå rød")),
        .notificationRequired(NotificationRequired(duty: "V1", recipient: "Klinikksjef", contact: "klinikksjef-med",
                                                   due: night + minutes(15), mandatory: true)),
        .callAttempted(CallAttempted(duty: "V1", outcome: .leftMessage, number: "+47 22 33 44 55", note: "Svarer ikke")),
        .notificationDeclined(NotificationDeclined(duty: "V2", reason: "Ikke relevant")),
        .fallbackActivated(FallbackActivated(mode: .partialIT, procedure: procedure)),
        .fallbackEnded(FallbackEnded(mode: .withoutIT)),
        .stepCompleted(StepCompleted(procedure: procedure, step: "3")),
        .formsIssued(FormsIssued(form: "papirjournal", serials: ["EPJ-0001", "EPJ-0002"], issuedTo: "Sengepost 3B")),
        .formAdvanced(FormAdvanced(serial: "EPJ-0001", status: .entered)),
        .formWaived(FormWaived(serial: "EPJ-0002", reason: "Ubrukt")),
        .privacyBreachFlagged(PrivacyBreachFlagged(awareAt: night, note: "Utskrift funnet", duty: "V1")),
        .deviationRegistered(DeviationRegistered(deviation: "A-2026-001", report: DeviationTests.input())),
        .deviationMeasureAdded(DeviationMeasureAdded(deviation: "A-2026-001", measure: "T1", plan: MeasurePlan(
            text: "Reservestrøm til rack 4", owner: "Teknisk drift", due: night + hours(720), cost: "ca. 40 000 kr",
            alternatives: "Flytte racket; dyrere", approval: Approval(by: "Administrerende direktør", on: night)))),
        .deviationMeasureUpdated(DeviationMeasureUpdated(deviation: "A-2026-001", measure: "T1", status: .started, note: "Bestilt")),
        .deviationClosed(DeviationClosed(deviation: "A-2026-001", assessment: "Tiltakene virker")),
        .breachDetailsRecorded(BreachDetailsRecorded(details: BreachDetails(
            subjectCategories: "Pasienter", approximateSubjects: 40, dataTypes: "Journalnotater", contactPoint: "Personvernombud",
            likelyConsequences: "Tap av fortrolighet", measures: "Utskriftene er hentet inn", cause: "Glemt utskrift",
            period: "Natt til 18.11", location: "Trappeoppgang"))),
        .breachReported(BreachReported(stage: .supplement, delayReason: "Kjent først etter helgen", missing: ["Tidsrommet"])),
        .messageDrafted(MessageDrafted(message: "M1", template: "ansatte-driftsstans", audience: .staff,
                                       recipients: "Alle ansatte", text: "EPJ er nede")),
        .messageApproved(MessageApproved(message: "M1")),
        .messageSent(MessageSent(message: "M1", channel: "Intranett")),
        .exerciseStarted(ExerciseStarted(scenario: { var s = drill; s.startTime = TimeOfDay("01:50"); return s }(), tempo: ExerciseTempo(1.5))),
        .injectReleased(InjectReleased(inject: "i1")),
        .injectSkipped(InjectSkipped(inject: "i2", reason: "Allerede gjort")),
        .exerciseClockPaused(ExerciseClockPaused(reason: "Diskusjon")),
        .exerciseClockResumed(ExerciseClockResumed()),
        .expectationAssessed(ExpectationAssessed(expectation: "f1", rating: .partly, note: "Etter 14 min")),
        .observerNoted(ObserverNoted(text: "Fant ikke nødpermen", inject: "i1")),
        .exerciseEnded(ExerciseEnded(note: "Tiden ute")),
        .exerciseEvaluated(ExerciseEvaluated(lessons: ["Permen"], actions: [
            CorrectiveAction(id: "F1", text: "Flytt nødpermen", owner: "Koordinator", due: night + hours(720)),
        ])),
        .hotWashNoted(HotWashNoted(kind: .answer, text: "Ringelisten", question: 1)),
        .correctiveActionClosed(CorrectiveActionClosed(action: "F1", note: "Flyttet")),
        .messageApprovedVerbally(MessageApprovedVerbally(message: "M1", approver: "Anne Leder", givenAt: night + minutes(20))),
        .formsAdvanced(FormsAdvanced(serials: ["EPJ-0001", "EPJ-0002"], status: .returned)),
        .measureCompleted(MeasureCompleted(category: "skadevare", measure: 0, text: "Isoler berørte maskiner")),
        .procedureTestRecorded(ProcedureTestRecorded(procedure: procedure, kind: .restore,
                                                     outcome: .partly, note: "Tok 3 timer")),
        .trainingRecorded(TrainingRecorded(person: "Kari Nordmann", procedure: nil, role: "krisestabsleder", note: "Kurs")),
        .deviationMeasureApproved(DeviationMeasureApproved(deviation: "A-2026-001", measure: "T1",
                                                           approval: Approval(by: "Avvikseier", on: night))),
        .deviationRiskAssessed(DeviationRiskAssessed(deviation: "A-2026-001", risk: DeviationRisk(
            likelihood: .medium, consequence: .high, text: "Nytt strømbrudd tar ned EPJ"))),
        .deviationCauseRecorded(DeviationCauseRecorded(deviation: "A-2026-001", system: "epj", category: "strombrudd")),
    ]

    /// Which case a body is. Exhaustive on purpose: a new case will not compile here until it has a sample.
    static func caseNumber(_ body: EventBody) -> Int {
        switch body {
        case .incidentOpened: 0
        case .incidentTriaged: 1
        case .responseStarted: 2
        case .controlConfirmed: 3
        case .restorationStarted: 4
        case .serviceRestored: 5
        case .incidentClosed: 6
        case .incidentEvaluated: 7
        case .levelChanged: 8
        case .levelKept: 9
        case .logEntry: 10
        case .entryCorrected: 11
        case .taskAssigned: 12
        case .taskCompleted: 13
        case .taskCancelled: 14
        case .roleAssigned: 15
        case .notificationRequired: 16
        case .callAttempted: 17
        case .notificationDeclined: 18
        case .fallbackActivated: 19
        case .fallbackEnded: 20
        case .stepCompleted: 21
        case .formsIssued: 22
        case .formAdvanced: 23
        case .formWaived: 24
        case .privacyBreachFlagged: 25
        case .deviationRegistered: 26
        case .deviationMeasureAdded: 27
        case .deviationMeasureUpdated: 28
        case .deviationClosed: 29
        case .breachDetailsRecorded: 30
        case .breachReported: 31
        case .messageDrafted: 32
        case .messageApproved: 33
        case .messageSent: 34
        case .exerciseStarted: 35
        case .injectReleased: 36
        case .injectSkipped: 37
        case .exerciseClockPaused: 38
        case .exerciseClockResumed: 39
        case .expectationAssessed: 40
        case .observerNoted: 41
        case .exerciseEnded: 42
        case .exerciseEvaluated: 43
        case .hotWashNoted: 44
        case .correctiveActionClosed: 45
        case .messageApprovedVerbally: 46
        case .formsAdvanced: 47
        case .measureCompleted: 48
        case .procedureTestRecorded: 49
        case .trainingRecorded: 50
        case .deviationMeasureApproved: 51
        case .deviationRiskAssessed: 52
        case .deviationCauseRecorded: 53
        }
    }

    @Test("The samples hold exactly one of each case")
    func samplesCoverEveryCase() {
        #expect(Self.samples.map(Self.caseNumber) == Array(0...53))
    }

    @Test("Every case has its own type name, and payloadTypes knows each one")
    func uniqueTypes() {
        let types = Self.samples.map(\.type)
        #expect(Set(types).count == types.count, "duplicate type names: \(types)")
        #expect(Set(types) == Set(EventBody.payloadTypes.keys))
        #expect(types.allSatisfy { $0.contains(".") && $0 == $0.lowercased() && !$0.contains(" ") })
    }

    @Test("Each type name maps back to the payload type of its case", arguments: samples)
    func payloadTypeMatches(body: EventBody) throws {
        let type = try #require(EventBody.payloadTypes[body.type])
        #expect(ObjectIdentifier(type) == ObjectIdentifier(Swift.type(of: body.payload)))
        #expect(body.payload.body == body)
    }

    @Test("Each payload survives JSON encoding and decoding through payloadTypes", arguments: samples)
    func roundTrip(body: EventBody) throws {
        let data = try JSONEncoder().encode(body.payload)
        let type = try #require(EventBody.payloadTypes[body.type])
        let decoded = try JSONDecoder().decode(type, from: data)
        #expect(decoded.body == body)
    }

    static let facts: [CorrectedFact] = [
        .callOutcome(duty: "V2", recipient: "Driftsleverandør", outcome: .noAnswer),
        .stepUnticked(procedure: procedure, step: "3"),
        .formMovedBack(serial: "EPJ-0004", to: .returned),
        .triageRedone(by: 12),
    ]

    @Test("Every kind of corrected fact survives a round trip, under a stable kind name", arguments: zip(facts,
        ["call-outcome", "step-unticked", "form-moved-back", "triage-redone"]))
    func correctedFactRoundTrip(fact: CorrectedFact, kind: String) throws {
        let correction = EntryCorrected(corrects: 4, text: "Rettet", reason: "Feil", fact: fact)
        let data = try JSONEncoder().encode(correction)
        #expect(try JSONDecoder().decode(EntryCorrected.self, from: data) == correction)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["fact"] as? [String: Any])?["kind"] as? String == kind)
    }

    @Test("An exercise started before tempos and start times replays at real time; a tempo of 0 is refused as it is read")
    func exerciseWithoutTempo() throws {
        let old = try JSONEncoder().encode(ExerciseStarted(scenario: drill))
        #expect(!String(decoding: old, as: UTF8.self).contains("tempo"), "real time writes no tempo")
        #expect(!String(decoding: old, as: UTF8.self).contains("startTime"))
        let decoded = try JSONDecoder().decode(ExerciseStarted.self, from: old)
        #expect(decoded.tempo == nil && decoded.scenario.startTime == nil)
        var state = State(isExercise: true)
        state = state.evolve(Event(registered: night, operatorName: "leder", incident: nil, body: decoded.body), seq: 1)
        #expect(state.exercise?.tempo == .realTime)
        var object = try #require(try JSONSerialization.jsonObject(with: old) as? [String: Any])
        object["tempo"] = 0
        let zero = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExerciseStarted.self, from: zero) }
        let answer = try JSONDecoder().decode(HotWashNoted.self, from: Data(#"{"kind":"styrke","text":"God logg"}"#.utf8))
        #expect(answer.question == nil)
    }

    @Test("A correction written before facts existed decodes with no fact, and a text correction writes none")
    func correctionWithoutFact() throws {
        let old = Data(#"{"corrects":7,"text":"Rettet","reason":"Feil klokkeslett"}"#.utf8)
        let decoded = try JSONDecoder().decode(EntryCorrected.self, from: old)
        #expect(decoded == EntryCorrected(corrects: 7, text: "Rettet", reason: "Feil klokkeslett"))
        #expect(decoded.fact == nil)
        let written = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(!written.contains("fact"), "a plain correction is written as before: \(written)")
    }

    @Test("Avvik written before cause, risk, cost and approval existed decode with none, and are written as before")
    func deviationWithoutTheLaterFields() throws {
        let registered = Data((#"{"deviation":"A-2026-001","report":{"what":"EPJ nede","immediateMeasures":"Papir","possibleConsequence":"Forsinkelse","#
            + #""howDetected":"Alarm","affected":["tilgjengelighet"],"cause":"system","roles":{"reporter":"a","handler":"b","owner":"c"}}}"#).utf8)
        let report = try JSONDecoder().decode(DeviationRegistered.self, from: registered).report
        #expect(report.system == nil && report.category == nil && report.risk == nil)
        #expect(!String(decoding: try JSONEncoder().encode(report), as: UTF8.self).contains("risk"))
        let measure = Data(#"{"deviation":"A-2026-001","measure":"T1","text":"Reservestrøm","owner":"Teknisk drift","due":1794967600}"#.utf8)
        let decided = try JSONDecoder().decode(DeviationMeasureAdded.self, from: measure).decided
        #expect(decided.plan.text == "Reservestrøm" && decided.plan.cost == nil && decided.plan.alternatives == nil && decided.plan.approval == nil)
    }

    @Test("Journal type names are stable: renaming one would orphan old journals")
    func stableNames() {
        #expect(EventBody.incidentOpened(IncidentOpened(title: "x")).type == "incident.opened")
        #expect(EventBody.levelChanged(LevelChanged(from: .green, to: .yellow, reason: "x", incidents: [])).type == "level.changed")
        #expect(EventBody.entryCorrected(EntryCorrected(corrects: 1, text: "x", reason: "y")).type == "log.correction")
        #expect(EventBody.callAttempted(CallAttempted(duty: "V1", outcome: .reached)).type == "notification.attempt")
        #expect(EventBody.messageApprovedVerbally(MessageApprovedVerbally(message: "M1", approver: "x", givenAt: night)).type
            == "message.approved-verbally")
        #expect(EventBody.formsAdvanced(FormsAdvanced(serials: [], status: .returned)).type == "form.batch-advanced")
    }

    @Test("Enum values are written with their Norwegian journal words")
    func enumWords() throws {
        let json = String(decoding: try JSONEncoder().encode(CallAttempted(duty: "V1", outcome: .reached)), as: UTF8.self)
        #expect(json.contains("\"nådd\"") || json.contains("\"n\\u00e5dd\""))
        #expect(json.contains("\"V1\""))
        let minutes = String(decoding: try JSONEncoder().encode(Minutes(45)), as: UTF8.self)
        #expect(minutes == "45")
    }
}

extension EventBody: CustomTestStringConvertible {
    public var testDescription: String { type }
}
