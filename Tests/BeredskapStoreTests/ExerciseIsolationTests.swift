import BeredskapCore
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

/// Exercises live in their own files: the real journal is never written by an exercise, and an exercise
/// journal's state knows it is one.
@Suite struct ExerciseIsolationTests {
    let location: JournalLocation
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let scenario = ExerciseScenario.epjDay

    init() throws {
        location = JournalLocation(directory: FileManager.default.temporaryDirectory.appendingPathComponent("iso-\(UUID().uuidString)").path)
    }

    func run(_ store: IncidentStore, _ action: Action, at offset: TimeInterval = 0) throws {
        try store.execute(Command(by: "fasilitator", action), now: now + offset)
    }

    @Test func anExerciseNeverCreatesOrWritesTheRealJournal() throws {
        let store = try IncidentStore.create(path: location.exercisePath("ovelse1"), kind: .exercise, now: now)
        try run(store, .startExercise(scenario))
        try run(store, .releaseInject("i1"))
        try run(store, .openIncident(title: "EPJ nede", detectedBy: nil))
        #expect(!FileManager.default.fileExists(atPath: location.realPath))
        #expect(store.state.isExercise)

        let real = try IncidentStore.create(path: location.realPath, kind: .real, now: now)
        let before = try Data(contentsOf: URL(fileURLWithPath: location.realPath))
        try run(store, .endExercise(note: nil))
        #expect(try Data(contentsOf: URL(fileURLWithPath: location.realPath)) == before)
        #expect(throws: Refusal.notAnExercise) { try run(real, .startExercise(scenario)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: location.realPath)) == before, "a refused command writes nothing")
        #expect(!real.state.isExercise)
    }

    @Test func anExerciseJournalShowsNoRealNumberHoweverItIsOpened() throws {
        var organisation = Organisation.empty
        organisation.contacts = [Contact(id: "helsecert", name: "HelseCERT", organisation: "Norsk helsenett", role: "Vakt",
                                         external: true, phones: ["+47 000 20 001"], verified: now)]
        let path = location.exercisePath("ovelse3")
        _ = try IncidentStore.create(path: path, kind: .exercise, now: now)
        let opened = try IncidentStore.open(path: path, operatorName: "fasilitator", organisation: organisation, now: now)
        let read = try IncidentStore.read(path: path, organisation: organisation)
        for store in [opened, read] {
            #expect(store.state.organisation.contacts.map(\.phones) == [[Organisation.exercisePhone]])
        }
        try run(opened, .openIncident(title: "Helsenett nede", detectedBy: nil))
        let id = try #require(opened.state.incidents.first?.id)
        try run(opened, .requireNotification(id, recipient: "HelseCERT", contact: "helsecert", due: nil, mandatory: true))
        #expect(throws: Refusal.numberInExercise) {
            try run(opened, .recordCall(id, "V1", outcome: .reached, number: "+47 000 20 001", note: nil))
        }
        #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("20 001"))
        let real = try IncidentStore.create(path: location.realPath, kind: .real, organisation: organisation, now: now)
        #expect(real.state.organisation.contacts.map(\.phones) == [["+47 000 20 001"]])
    }

    @Test func reopeningAnExerciseJournalKeepsItAnExercise() throws {
        let path = location.exercisePath("ovelse2")
        let store = try IncidentStore.create(path: path, kind: .exercise, now: now)
        try run(store, .startExercise(scenario))
        let reopened = try IncidentStore.open(path: path, operatorName: "deltaker", now: now)
        #expect(reopened.state.exercise?.scenario == scenario)
        #expect(reopened.state == store.state)
    }

    @Test func testTrackingCountsEvaluatedExercisesAndCompletedIncidentsOnly() throws {
        let step = Step(id: "sv-o1", text: "Isoler", role: "ikt-vakt", within: nil, kind: .readDo, critical: true)
        let procedures = (["skadevare", "epj-uten-is", "lab-blodbank"] as [ProcedureID]).map {
            Procedure(id: $0, title: $0.rawValue, version: "1", contentHash: "x", mode: .withoutIT, systems: [], categories: [],
                      factsheetSteps: [], steps: [.responding: [step]], forms: [], documents: [])
        }
        let organisation = Organisation(name: "x", procedures: procedures)
        let real = try IncidentStore.create(path: location.realPath, kind: .real, organisation: organisation, now: now)
        try run(real, .openIncident(title: "Virus", detectedBy: nil))
        try run(real, .completeStep("H-2026-001", procedures[0].ref, step: "sv-o1"), at: 60)
        let evaluated = try IncidentStore.create(path: location.exercisePath("ovelse3"), kind: .exercise, organisation: organisation, now: now)
        try run(evaluated, .startExercise(scenario), at: 120)
        try run(evaluated, .endExercise(note: nil), at: 180)
        try run(evaluated, .evaluateExercise(lessons: ["Papir"], actions: []), at: 240)
        let started = try IncidentStore.create(path: location.exercisePath("ovelse4"), kind: .exercise, organisation: organisation, now: now)
        try run(started, .startExercise(scenario), at: 120)
        let demo = try IncidentStore.create(path: location.exercisePath("demo"), kind: .exercise, organisation: organisation, now: now)
        try run(demo, .openIncident(title: "Demo", detectedBy: nil))
        try run(demo, .completeStep("H-2026-001", procedures[2].ref, step: "sv-o1"))

        let uses = JournalFolder.read(location, organisation: organisation).procedureUses
        #expect(uses.sorted { $0.at < $1.at } == [
            ProcedureUse(procedure: "skadevare", at: now + 60, evidence: .incident("H-2026-001")),
            ProcedureUse(procedure: "epj-uten-is", at: now + 180, evidence: .exercise),
        ])
    }
}

extension ExerciseScenario {
    /// Two injects, one expectation: enough to release one and skip the other.
    static let epjDay = ExerciseScenario(
        id: "epj-dag", title: "EPJ nede", version: "1", contentHash: "x", duration: .hours(1), procedures: ["epj-uten-is"],
        objectives: [ExerciseObjective(id: "m1", text: "Papir", factsheet: ["2f"])],
        participants: [Participant(role: "ikt-vakt", task: "Vakt")], startSituation: "Tirsdag",
        injects: [Inject(id: "i1", at: Minutes(0), to: "ikt-vakt", from: "3B", text: "EPJ nede",
                         expectations: [Expectation(id: "f1", text: "Papir", objective: "m1")]),
                  Inject(id: "i2", at: Minutes(20), to: "ikt-vakt", from: "Leverandør", text: "Tre timer", expectations: [])],
        questions: ["Hva gikk bra?"])
}
