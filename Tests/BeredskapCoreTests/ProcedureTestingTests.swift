@testable import BeredskapCore
import Foundation
import Testing

/// What counts as a test of a procedure (Normen 5.9, factsheet 3b): an evaluated exercise that named it, an incident
/// that completed its critical steps, or a recorded functional or restore test that did not fail.
@Suite("Yearly test evidence an auditor accepts")
struct ProcedureTestingTests {
    static func step(_ id: StepID, critical: Bool) -> Step {
        Step(id: id, text: "Steg \(id)", role: "ikt-vakt", within: nil, kind: .readDo, critical: critical)
    }

    static func procedure(_ id: ProcedureID, steps: [Phase: [Step]] = [:]) -> Procedure {
        Procedure(id: id, title: "Prosedyre \(id)", version: "1", contentHash: "h-\(id)", mode: .withoutIT, systems: [],
                  categories: [], factsheetSteps: [], steps: steps, forms: [], documents: [])
    }

    /// `epj-uten-is` (the drill's) has one critical step in response and one in restoration, plus a plain one;
    /// `lab` has no critical steps.
    static let organisation = Organisation(name: "Testsykehuset (fiktivt)", exerciseIntervalDays: 365, procedures: [
        procedure("epj-uten-is", steps: [.responding: [step("k1", critical: true), step("v1", critical: false)],
                                         .restoring: [step("k2", critical: true)]]),
        procedure("lab", steps: [.responding: [step("l1", critical: false), step("l2", critical: false)]]),
    ])

    static func scenario(exercise: Bool = false) -> Scenario {
        var s = Scenario()
        s.state = State(organisation: organisation, isExercise: exercise)
        return s
    }

    static func ref(_ id: ProcedureID) -> ProcedureRef { organisation.procedure(id)!.ref }

    @Test("An incident counts only once every critical step of the procedure is ticked", arguments: [
        (["v1"], false),
        (["k1", "v1"], false),
        (["k1", "k2"], true),
    ] as [([StepID], Bool)])
    func incidentCountsWithCriticalSteps(ticked: [StepID], counts: Bool) throws {
        var s = Self.scenario()
        let id = try s.open()
        for step in ticked {
            s.wait(minutes(5))
            _ = try s.run(.completeStep(id, Self.ref("epj-uten-is"), step: step))
        }
        let expected = counts ? [ProcedureUse(procedure: "epj-uten-is", at: s.now, evidence: .incident(id))] : []
        #expect(ProcedureTesting.uses(in: s.state) == expected)
    }

    @Test func aProcedureWithoutCriticalStepsCountsWhenEveryStepIsTicked() throws {
        var s = Self.scenario()
        let id = try s.open()
        _ = try s.run(.completeStep(id, Self.ref("lab"), step: "l1"))
        #expect(ProcedureTesting.uses(in: s.state).isEmpty)
        _ = try s.run(.completeStep(id, Self.ref("lab"), step: "l2"))
        #expect(ProcedureTesting.uses(in: s.state).map(\.procedure) == ["lab"])
    }

    @Test("An exercise counts only after ENDEX and its evaluation", arguments: [0, 1, 2])
    func exerciseCountsWhenEndedAndEvaluated(stage: Int) throws {
        var s = Self.scenario(exercise: true)
        _ = try s.run(.startExercise(drill))
        var ended: Date?
        if stage >= 1 {
            s.wait(hours(1))
            ended = s.now
            _ = try s.run(.endExercise(note: nil))
        }
        if stage >= 2 {
            s.wait(hours(1))
            _ = try s.run(.evaluateExercise(lessons: ["Permen var borte"], actions: []))
        }
        let expected = stage == 2 ? [ProcedureUse(procedure: "epj-uten-is", at: ended!, evidence: .exercise)] : []
        #expect(ProcedureTesting.uses(in: s.state) == expected)
    }

    @Test("A recorded test counts unless it failed", arguments: [
        (TestKind.functional, TestOutcome.passed, true),
        (.restore, .partly, true),
        (.restore, .failed, false),
    ])
    func recordedTestCountsUnlessFailed(kind: TestKind, outcome: TestOutcome, counts: Bool) throws {
        var s = Self.scenario()
        let events = try s.run(.recordProcedureTest("lab", kind, outcome, note: "Testet mot reservemaskinen"))
        #expect(events.map(\.body) == [.procedureTestRecorded(ProcedureTestRecorded(procedure: Self.ref("lab"), kind: kind,
                                                                                      outcome: outcome, note: "Testet mot reservemaskinen"))])
        #expect(s.state.procedureTests.map(\.test.outcome) == [outcome])
        let expected = counts ? [ProcedureUse(procedure: "lab", at: s.now, evidence: .recorded(kind, outcome))] : []
        #expect(ProcedureTesting.uses(in: s.state) == expected)
    }

    @Test("Recording a test is refused where it does not belong", arguments: [
        (false, ProcedureID("ukjent"), TestKind.functional, Refusal.unknownProcedure("ukjent", known: ["epj-uten-is", "lab"])),
        (false, "lab", .tabletop, .testKindPlayed(.tabletop)),
        (false, "lab", .fullScale, .testKindPlayed(.fullScale)),
        (true, "lab", .functional, .testInExercise),
    ])
    func recordingRefused(exercise: Bool, procedure: ProcedureID, kind: TestKind, refusal: Refusal) {
        let s = Self.scenario(exercise: exercise)
        #expect(s.refusal(.recordProcedureTest(procedure, kind, .passed, note: nil)) == refusal)
    }

    @Test func aRecordedNoteNeverHoldsAnIdentityNumber() {
        let s = Self.scenario()
        #expect(s.refusal(.recordProcedureTest("lab", .functional, .passed, note: "Gjelder \(TestNumber.valid("010150"))"))
            == .personalIdentityNumber(field: "merknad"))
    }

    @Test func dueWhenOlderThanTheIntervalOrNever() {
        let organisation = Organisation(name: "x", exerciseIntervalDays: 365, procedures: (["a", "b", "c"] as [ProcedureID]).map { Self.procedure($0) })
        let day = 86400.0
        let uses = [
            ProcedureUse(procedure: "a", at: night - 400 * day, evidence: .exercise),
            ProcedureUse(procedure: "a", at: night - 380 * day, evidence: .incident("H-2025-001")),
            ProcedureUse(procedure: "b", at: night - 500 * day, evidence: .incident("H-2024-001")),
            ProcedureUse(procedure: "b", at: night - 100 * day, evidence: .recorded(.restore, .passed)),
        ]
        let status = ProcedureTesting.status(organisation, uses: uses, now: night)
        #expect(status.map(\.isDue) == [true, false, true])
        #expect(status.map(\.daysSince) == [380, 100, nil])
        #expect(status[0].lastExercised == night - 400 * day)
        #expect(status[0].lastUsed == night - 380 * day)
        #expect(status[0].warning(intervalDays: 365) == "prosedyren «a» er ikke testet på 380 dager (grensen er 365)")
        #expect(status[2].warning(intervalDays: 365) == "prosedyren «c» er ikke testet noen gang (grensen er 365)")
    }
}

@Suite("The report's test plan against the tests done")
struct PlanAgainstDoneTests {
    /// `night` is in November 2026 (Oslo): the plan's months up to October are over.
    @Test func aPlannedMonthThatIsOverWithoutItsTestIsOverdue() {
        var organisation = Organisation(name: "x", procedures: (["a", "b", "c", "d"] as [ProcedureID]).map { ProcedureTestingTests.procedure($0) })
        organisation.testPlan = [
            PlannedTest(procedure: "a", kind: .functional, month: .september, responsible: "ikt-vakt"),
            PlannedTest(procedure: "a", kind: .tabletop, month: .mars, responsible: "beredskapskoordinator"),
            PlannedTest(procedure: "b", kind: .tabletop, month: .oktober, responsible: "beredskapskoordinator"),
            PlannedTest(procedure: "c", kind: .tabletop, month: .desember, responsible: "beredskapskoordinator"),
        ]
        let may = night - hours(24 * 180)
        let lastYear = night - hours(24 * 400)
        let uses = [ProcedureUse(procedure: "a", at: may, evidence: .exercise),
                    ProcedureUse(procedure: "b", at: lastYear, evidence: .exercise)]
        let status = ProcedureTesting.status(organisation, uses: uses, now: night)
        #expect(status.map(\.testedThisYear) == [1, 0, 0, 0])
        #expect(status[0].planned.map(\.month) == [.mars, .september], "by month")
        #expect(status[0].overdue.map(\.month) == [.september], "one test done covers the first planned, not the second")
        #expect(status[1].overdue.map(\.month) == [.oktober], "last year's test does not count for this year's plan")
        #expect(status[2].overdue.isEmpty, "December is not over")
        #expect(status[3].planText == "ikke i testplanen")
        #expect(status[1].planText == "0 av 1 planlagte tester gjort i år; forfalt: \(organisation.testPlan[2].text)")
    }

    @Test func eachProcedureHasItsPlanAndTheTestsOfThePeriod() {
        let day = 86400.0
        var organisation = ProcedureTestingTests.organisation
        organisation.testPlan = [PlannedTest(procedure: "lab", kind: .functional, month: .mars, responsible: "fagansvarlig")]
        let uses = [
            ProcedureUse(procedure: "lab", at: night - 400 * day, evidence: .recorded(.functional, .passed)),
            ProcedureUse(procedure: "lab", at: night - 10 * day, evidence: .recorded(.functional, .partly)),
            ProcedureUse(procedure: "lab", at: night - 20 * day, evidence: .incident("H-2026-002")),
        ]
        let lines = ProcedureTesting.planAgainstDone(organisation, uses: uses, from: night - 365 * day, to: night)
        #expect(lines.map(\.procedure) == ["epj-uten-is", "lab"])
        #expect(lines[0].planned == [] && lines[0].done == [])
        #expect(lines[1].planned.map(\.text) == ["funksjonstest i mars (fagansvarlig)"])
        #expect(lines[1].done.map(\.evidence.text) == ["hendelse H-2026-002", "funksjonstest (delvis)"], "the period's, oldest first")
    }
}

@Suite("Training records (factsheet 3a)")
struct TrainingTests {
    static let organisation = Organisation(name: "Testsykehuset (fiktivt)",
                                           roles: [RoleDefinition(id: "krisestabsleder", name: "Krisestabsleder", description: "", checklist: [])],
                                           procedures: ProcedureTestingTests.organisation.procedures)

    @Test func aTrainingOnARoleOrAProcedureIsKept() throws {
        var s = Scenario()
        s.state = State(organisation: Self.organisation)
        _ = try s.run(.recordTraining(person: "Kari Nordmann", procedure: nil, role: "krisestabsleder", note: "Kurs"))
        _ = try s.run(.recordTraining(person: "Ola Vakt", procedure: "lab", role: nil, note: nil))
        #expect(s.state.trainings.map(\.training.person) == ["Kari Nordmann", "Ola Vakt"])
        #expect(s.state.trainings[1].training.procedure == ProcedureTestingTests.ref("lab"))
    }

    @Test("Refused without exactly one subject, with an unknown one, or in an exercise", arguments: [
        (false, ProcedureID?.none, RoleID?.none, Refusal.trainingSubject),
        (false, "lab", "krisestabsleder", .trainingSubject),
        (false, nil, "ukjent", .unknownRole("ukjent")),
        (false, "ukjent", nil, .unknownProcedure("ukjent", known: ["epj-uten-is", "lab"])),
        (true, "lab", nil, .testInExercise),
    ])
    func refused(exercise: Bool, procedure: ProcedureID?, role: RoleID?, refusal: Refusal) {
        var s = Scenario()
        s.state = State(organisation: Self.organisation, isExercise: exercise)
        #expect(s.refusal(.recordTraining(person: "Kari Nordmann", procedure: procedure, role: role, note: nil)) == refusal)
    }
}

/// A gate step closes its phase: critical steps move first, the gate stays last (#18).
@Suite struct GateStepTests {
    @Test func aCriticalGateStepStaysLastInItsPhase() {
        func step(_ id: StepID, critical: Bool, last: Bool = false) -> Step {
            Step(id: id, text: id.rawValue, role: "ikt-vakt", within: nil, kind: .readDo, critical: critical, last: last)
        }
        let procedure = Procedure(id: "p", title: "P", version: "1", contentHash: "h", mode: .withoutIT, systems: [], categories: [],
                                  factsheetSteps: [], steps: [.responding: [step("a", critical: false), step("gate", critical: true, last: true),
                                                                            step("b", critical: true), step("c", critical: false)]],
                                  forms: [], documents: [])
        #expect(procedure.checklist(for: .responding).map(\.id) == ["b", "a", "c", "gate"])
    }
}
