import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

@Suite struct IncidentStoreTests {
    let directory: String
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    var path: String { directory + "/beredskap.jsonl" }

    func command(_ action: Action, by name: String = "kari") -> Command { Command(by: OperatorName(name), action) }
    /// The paper journal the tests hand out.
    static let papirjournal = FormDefinition(id: "papirjournal", title: "Papirjournal", serialPrefix: "PJ", fields: ["Notat"])

    @Test func reopeningReplaysToTheSameState() throws {
        let organisation = Organisation(name: "Test (fiktivt)", forms: [Self.papirjournal])
        let store = try IncidentStore.create(path: path, kind: .real, organisation: organisation, now: now)
        let id = try #require(try store.execute(command(.openIncident(title: "EPJ nede", detectedBy: nil)), now: now).first?.incident)
        try store.execute(command(.triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high,
                                                             consequence: "Papir", maxOutage: Minutes(240)))), now: now)
        try store.execute(command(.setLevel(.yellow, reason: "EPJ nede", incidents: [id])), now: now)
        try store.execute(command(.issueForms(id, form: "papirjournal", count: 3, issuedTo: "3B")), now: now)

        let reopened = try IncidentStore.open(path: path, operatorName: "ola", organisation: organisation, now: now)
        #expect(reopened.state == store.state)
        #expect(reopened.timeline == store.timeline)
        #expect(reopened.state.level == .yellow)
        #expect(reopened.state[id]?.forms.map(\.serial.rawValue) == ["PJ-0001", "PJ-0002", "PJ-0003"])
    }

    @Test func aSecondHandleCatchesUpBeforeDeciding() throws {
        let first = try IncidentStore.create(path: path, kind: .real, now: now)
        let second = try IncidentStore.open(path: path, operatorName: "ola", now: now)
        let a = try first.execute(command(.openIncident(title: "Nett nede", detectedBy: nil)), now: now)
        let b = try second.execute(command(.openIncident(title: "Telefoni nede", detectedBy: nil), by: "ola"), now: now)
        #expect(a.first?.incident != b.first?.incident, "ids stay unique across terminals")
        #expect(second.state.incidents.count == 2)
        let seen = try first.refresh()
        #expect(seen.map(\.seq) == [2])
        #expect(first.state == second.state)
    }

    @Test func aRefusedCommandWritesNothing() throws {
        let store = try IncidentStore.create(path: path, kind: .real, now: now)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(throws: Refusal.unknownIncident("H-2026-009")) {
            try store.execute(command(.log("H-2026-009", text: "x")), now: now)
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == size)
        #expect(store.timeline.isEmpty)
    }

    /// Journals written before avvik had a system, a cause category, a risk assessment, and measures a cost and an
    /// approval: their payloads decode through the journal's own decoder with none of them.
    @Test func avvikPayloadsFromOlderJournalsStillDecode() throws {
        let registered = try JSONValueDecoder().decode(DeviationRegistered.self, from: JSONReader.parse(
            #"{"deviation":"A-2026-001","report":{"what":"EPJ nede","immediateMeasures":"Papir","possibleConsequence":"Forsinkelse","#
            + #""howDetected":"Alarm","affected":["tilgjengelighet"],"cause":"system","roles":{"reporter":"a","handler":"b","owner":"c"}}}"#))
        #expect(registered.report.what == "EPJ nede")
        #expect(registered.report.system == nil && registered.report.category == nil && registered.report.risk == nil)
        let added = try JSONValueDecoder().decode(DeviationMeasureAdded.self, from: JSONReader.parse(
            #"{"deviation":"A-2026-001","measure":"T1","text":"Reservestrøm","owner":"Teknisk drift","due":"\#(Timestamp.format(now))"}"#))
        #expect(added.due == Timestamp.truncated(now))
        #expect(added.cost == nil && added.alternatives == nil && added.approval == nil)
    }

    @Test func unknownRecordTypesAreKeptButNotFolded() throws {
        let writer = try JournalWriter.create(path: path, kind: .real, created: now)
        var data = JSONObject()
        data.append("what", .string("from a newer version"))
        _ = try writer.append([RecordDraft(registered: now, occurred: nil, operatorName: "kari", incident: nil, type: "future.thing", data: data)])
        let store = try IncidentStore.open(path: path, operatorName: "kari", now: now)
        #expect(store.undecodable == [1])
        #expect(store.timeline.count == 1)
        #expect(store.timeline[0].summary(in: .empty).contains("future.thing"))
        #expect(store.state.lastSeq == 0)
    }

    @Test func aDamagedJournalServesStateUpToTheDamageAndRefusesWrites() throws {
        let store = try IncidentStore.create(path: path, kind: .real, now: now)
        let id = try #require(try store.execute(command(.openIncident(title: "Strøm", detectedBy: nil)), now: now).first?.incident)
        try store.execute(command(.log(id, text: "Aggregat startet")), now: now)
        try store.execute(command(.log(id, text: "UPS holder")), now: now)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let index = try #require(bytes.firstRange(of: Data("Aggregat".utf8))).lowerBound
        bytes[index] = UInt8(ascii: "a")
        try bytes.write(to: URL(fileURLWithPath: path))

        let damaged = try IncidentStore.open(path: path, operatorName: "kari", now: now)
        #expect(damaged.damage?.seq == 2)
        #expect(damaged.timeline.map(\.seq) == [1])
        #expect(damaged.state[id] != nil)
        #expect(throws: JournalError.self) { try damaged.execute(command(.log(id, text: "mer")), now: now) }
    }

    @Test func factCorrectionsReplayFromTheJournal() throws {
        let organisation = Organisation(name: "Test (fiktivt)", forms: [Self.papirjournal])
        let store = try IncidentStore.create(path: path, kind: .real, organisation: organisation, now: now)
        let id = try #require(try store.execute(command(.openIncident(title: "EPJ nede", detectedBy: nil)), now: now).first?.incident)
        func seq(_ action: Action) throws -> Int { try #require(try store.execute(command(action), now: now).last?.seq) }
        let wrongTriage = try seq(.triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .low, consequence: "Treg")))
        let triage = try seq(.triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high, consequence: "Nede")))
        try store.execute(command(.requireNotification(id, recipient: "Klinikksjef", contact: nil, due: nil, mandatory: true)), now: now)
        let call = try seq(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        let procedure = ProcedureRef(id: "NP-01", contentHash: "abc")
        let tick = try seq(.completeStep(id, procedure, step: "1"))
        try store.execute(command(.issueForms(id, form: "papirjournal", count: 2, issuedTo: "3B")), now: now)
        try store.execute(command(.advanceForm(id, "PJ-0001", to: .returned)), now: now)
        let returned = try seq(.advanceForm(id, "PJ-0002", to: .returned))
        let corrections = [
            try seq(.correct(seq: call, incident: id, text: "Nådd", reason: "Feil", fact: .callOutcome("V1", .reached))),
            try seq(.correct(seq: tick, incident: id, text: "Ikke gjort", reason: "Feil", fact: .untickStep(procedure, "1"))),
            try seq(.correct(seq: returned, incident: id, text: "Kom ikke", reason: "Feil", fact: .moveFormBack("PJ-0002"))),
            try seq(.correct(seq: wrongTriage, incident: id, text: "Høy", reason: "Feil", fact: .triageRedone(by: triage))),
        ]

        let reopened = try IncidentStore.open(path: path, operatorName: "ola", organisation: organisation, now: now)
        #expect(reopened.undecodable.isEmpty)
        #expect(reopened.state == store.state)
        #expect(reopened.state.corrections == [call: [corrections[0]], tick: [corrections[1]], returned: [corrections[2]],
                                              wrongTriage: [corrections[3]]])
        let incident = try #require(reopened.state[id])
        #expect(incident.duty("V1")?.isOutstanding == false)
        #expect(incident.completedSteps[procedure] == nil)
        #expect(incident.forms.map(\.status) == [.returned, .issued])
        #expect(reopened.timeline.first { $0.seq == call }?.event?.body == .callAttempted(CallAttempted(duty: "V1", outcome: .noAnswer)),
                "the corrected line is read back as written")
    }

    @Test func everyEventTypeRoundTripsThroughTheJournal() throws {
        let organisation = Organisation(name: "Test (fiktivt)", systems: [SystemEntry(id: "epj", name: "EPJ", classID: "k1", owner: "IKT"),
                                                                         SystemEntry(id: "ad", name: "AD", classID: "k1", owner: "IKT")], categories: [
            CategoryDefinition(id: "skadevare", name: "Skadevare", description: "", measures: ["Isoler berørte maskiner"], notify: []),
        ], forms: [Self.papirjournal], templates: [
            MessageTemplate(id: "ansatte", audience: .staff, title: "Driftsstans", text: "{tittel}: bruk nødrutiner."),
        ])
        let store = try IncidentStore.create(path: path, kind: .exercise, organisation: organisation, now: now)
        let id = try #require(try store.execute(command(.openIncident(title: "Løsepengevirus", detectedBy: "HelseCERT")), now: now).first?.incident)
        let steps: [Action] = [
            .triage(id, TriageInput(systems: ["epj", "ad"], category: "skadevare", severity: .critical, consequence: "Alt nede",
                                    affected: [.availability, .confidentiality], expectedDuration: Minutes(600), maxOutage: Minutes(240))),
            .setLevel(.red, reason: "Skadevare", incidents: [id]),
            .startResponse(id, note: "Krisestab satt"),
            .completeMeasure(id, "skadevare", measure: 0),
            .assignRole("krisestabsleder", person: "kari", handoverNote: nil),
            .draftMessage(id, template: "ansatte", recipients: "Alle ansatte", nextUpdate: nil, contact: nil, text: "EPJ er nede."),
            .approveMessage(id, "M1"),
            .sendMessage(id, "M1", channel: "Intranett"),
            .draftMessage(id, template: "ansatte", recipients: "Ledere", nextUpdate: nil, contact: nil, text: "EPJ er fortsatt nede."),
            .approveMessageVerbally(id, "M2", approver: "kari", givenAt: now),
            .assignTask(id, title: "Isoler nett", role: "ikt-vakt", due: now.addingTimeInterval(600), procedure: ProcedureRef(id: "NP-01", contentHash: "abc")),
            .completeTask(id, "O1", note: "Gjort"),
            .assignTask(id, title: "Ring leverandør", role: "ikt-vakt", due: nil, procedure: nil),
            .cancelTask(id, "O2", reason: "Leverandøren ringte selv"),
            .log(id, text: "Krisestab samlet på møterom 2"),
            .requireNotification(id, recipient: "HelseCERT", contact: "helsecert", due: now.addingTimeInterval(3600), mandatory: true),
            .recordCall(id, "V1", outcome: .reached, number: nil, note: nil), // an exercise journal stores no number
            .flagPrivacyBreach(id, awareAt: now, note: "Mulig eksfiltrering"),
            .recordBreachDetails(id, BreachDetails(subjectCategories: "Pasienter", approximateSubjects: 100)),
            .reportBreach(id, stage: .initial, delayReason: nil),
            .requireNotification(id, recipient: "Politiet", contact: nil, due: nil, mandatory: true),
            .declineNotification(id, "V3", reason: "Ingen straffbar handling avdekket"),
            .activateFallback(id, .withoutIT, procedure: nil),
            .completeStep(id, ProcedureRef(id: "NP-01", contentHash: "abc"), step: "1"),
            .issueForms(id, form: "papirjournal", count: 2, issuedTo: "Akutten"),
            .advanceForm(id, "PJ-0001", to: .returned),
            .waiveForm(id, "PJ-0002", reason: "Ubrukt"),
            .issueForms(id, form: "papirjournal", count: 2, issuedTo: "Sengepost 3B"),
            .advanceForms(id, .issuedTo("Sengepost 3B"), to: .returned, count: 2),
            .endFallback(id, .withoutIT),
            .confirmControl(id, note: "Kontroll"),
            .startRestoration(id, note: nil),
            .confirmRestored(id, note: nil),
            .advanceForm(id, "PJ-0001", to: .entered),
            .advanceForm(id, "PJ-0001", to: .verified),
            .advanceForms(id, .range("PJ-0003", through: "PJ-0004"), to: .entered, count: 2),
            .advanceForms(id, .range("PJ-0003", through: "PJ-0004"), to: .verified, count: 2),
            .correct(seq: 3, incident: id, text: "Nivå satt 03:14", reason: "Feil tid"),
            .close(id, summary: "Gjenopprettet", dismissal: nil, level: .keep(reason: "Etterarbeid")),
            .evaluate(id, lessons: ["Øv oftere"], actions: [CorrectiveAction(text: "Øvelse", owner: "IKT", due: now.addingTimeInterval(86400))]),
            .registerDeviation(DeviationReport(what: "Løsepengevirus på klientnettet", immediateMeasures: "Isolert",
                                              possibleConsequence: "Tap av tilgjengelighet", howDetected: "HelseCERT-varsel",
                                              affected: [.availability], cause: .system,
                                              roles: DeviationRoles(reporter: "IKT-vakt", handler: "Sikkerhetsleder", owner: "IKT-leder"),
                                              system: "epj", risk: DeviationRisk(likelihood: .medium, consequence: .high, text: "Spredning")),
                               incident: id),
            .recordDeviationCause("A-2026-001", system: "epj", category: "skadevare"),
            .assessDeviationRisk("A-2026-001", DeviationRisk(likelihood: .low, consequence: .high, text: "Isolert; lav sannsynlighet")),
            .addDeviationMeasure("A-2026-001", MeasurePlan(text: "Segmenter klientnettet", owner: "IKT-drift", due: now.addingTimeInterval(86400),
                                                           cost: "ca. 200 000 kr", alternatives: "Ny brannmur; dyrere")),
            .approveDeviationMeasure("A-2026-001", "T1", Approval(by: "IKT-leder", on: now)),
            .updateDeviationMeasure("A-2026-001", "T1", status: .done, note: "Ferdig"),
            .closeDeviation("A-2026-001", assessment: "Segmentering hindrer spredning"),
            .startExercise(.epjDay),
            .releaseInject("i1"),
            .skipInject("i2", reason: "Tiden"),
            .pauseExercise(reason: "Diskusjon"),
            .resumeExercise,
            .assessExpectation("f1", .partly, note: "Sent"),
            .observe(text: "Fant ikke permen", inject: "i1"),
            .endExercise(note: nil),
            .noteHotWash(nil, .strength, text: "God logg"),
            .evaluateExercise(lessons: ["Permen"], actions: [CorrectiveAction(text: "Flytt permen", owner: "Koordinator", due: now)]),
            .closeCorrectiveAction("F2", note: "Flyttet"),
        ]
        for step in steps { try store.execute(command(step), now: now) }
        let reopened = try IncidentStore.open(path: path, operatorName: "kari", organisation: organisation, now: now)
        #expect(reopened.undecodable.isEmpty)
        #expect(reopened.state == store.state)
        #expect(reopened.state[id]?.phase == .evaluated)
        // What only the real journal takes.
        let procedure = Procedure(id: "NP-01", title: "Skadevare", version: "1", contentHash: "abc", mode: .withoutIT, systems: [],
                                  categories: [], factsheetSteps: [], steps: [:], forms: [], documents: [])
        let realPath = path + "-reell"
        let real = try IncidentStore.create(path: realPath, kind: .real, organisation: Organisation(name: "Test (fiktivt)", procedures: [procedure]), now: now)
        try real.execute(command(.recordProcedureTest("NP-01", .restore, .passed, note: "Fra backup på 2 t")), now: now)
        try real.execute(command(.recordTraining(person: "Kari Nordmann", procedure: "NP-01", role: nil, note: nil)), now: now)
        let reopenedReal = try IncidentStore.open(path: realPath, operatorName: "kari", organisation: real.state.organisation, now: now)
        #expect(reopenedReal.state == real.state)
        let types = Set((Array(reopened.timeline) + Array(reopenedReal.timeline)).compactMap { $0.event?.body.type })
        #expect(types.count == EventBody.payloadTypes.count, "every event type is exercised: missing \(Set(EventBody.payloadTypes.keys).subtracting(types))")
    }
}
