import Foundation
import Testing
@testable import BeredskapCore

@Suite("After-action report: figures measured from a journal with known times")
struct AfterActionReportTests {
    static let procedure = Procedure(
        id: "epj-nede", title: "EPJ nede", version: "1", contentHash: "c0ffee", mode: .withoutIT, systems: ["dips-arena"],
        categories: ["teknisk-feil"], factsheetSteps: ["2f"],
        steps: [.detected: [Step(id: "o1", text: "Bekreft", role: "ikt-vakt", within: nil, kind: .readDo, critical: true)],
                .responding: [Step(id: "h1", text: "Papir", role: "driftsleder", within: nil, kind: .readDo, critical: true),
                              Step(id: "h2", text: "Skjema", role: "driftsleder", within: nil, kind: .doConfirm, critical: false),
                              Step(id: "h3", text: "Kontroll", role: "krisestabsleder", within: nil, kind: .readDo, critical: true)]],
        forms: [], documents: [])

    /// An EPJ outage at `night`: triaged at +7, first notification reached at +12 (due +10), yellow at +15, red at +40,
    /// two of four steps ticked, one of two tasks done late, three forms of which two are reconciled, restored at +90.
    static func story() throws -> (Scenario, IncidentID) {
        var s = Scenario()
        s.state = State(organisation: Organisation(name: "Fjordvik", procedures: [procedure],
                                                    forms: [FormDefinition(id: "papirjournal", title: "Papirjournal", serialPrefix: "PJ", fields: [])]))
        let id = try s.open()
        let other = try s.open("Telefoni nede")
        func at(_ m: Double) { s.now = night + minutes(m) }
        at(7); try s.triage(id)
        at(9); try s.run(.requireNotification(id, recipient: "Driftsleverandør", contact: nil, due: night + minutes(10), mandatory: true))
        at(11); try s.run(.recordCall(id, "V1", outcome: .noAnswer, number: nil, note: nil))
        at(12); try s.run(.recordCall(id, "V1", outcome: .reached, number: nil, note: nil))
        at(15); try s.run(.setLevel(.yellow, reason: "EPJ nede", incidents: [id]))
        at(16); try s.run(.startResponse(id, note: nil))
        at(20); try s.run(.assignTask(id, title: "Hent skjema", role: "driftsleder", due: night + minutes(30), procedure: nil))
        try s.run(.assignTask(id, title: "Statusmøte", role: "krisestabsleder", due: night + hours(2), procedure: nil))
        at(25); try s.run(.completeStep(id, procedure.ref, step: "o1"))
        try s.run(.completeStep(id, procedure.ref, step: "h1"))
        try s.run(.issueForms(id, form: "papirjournal", count: 3, issuedTo: "3B"))
        at(40); try s.run(.completeTask(id, "O1", note: nil))
        try s.run(.setLevel(.red, reason: "Over maksimal avbruddstid", incidents: [id]))
        try s.run(.setLevel(.yellow, reason: "Annet", incidents: [other]))
        at(50); try s.run(.completeTask(id, "O2", note: nil))
        at(60); try s.run(.confirmControl(id, note: "Oversikt"))
        try s.run(.startRestoration(id, note: nil))
        at(90); try s.run(.confirmRestored(id, note: nil))
        for status in [FormStatus.returned, .entered, .verified] { try s.run(.advanceForm(id, "PJ-0001", to: status)) }
        try s.run(.waiveForm(id, "PJ-0002", reason: "Ubrukt"))
        at(100); try s.run(.noteHotWash(id, .strength, text: "Rask overgang til papir"))
        try s.run(.noteHotWash(id, .improvement, text: "Nattnummeret til leverandøren var feil"))
        try s.run(.log(other, text: "Gjelder ikke denne hendelsen"))
        s.now = night + hours(2)
        return (s, id)
    }

    @Test("Every figure of the incident is the difference between known times")
    func incidentFigures() throws {
        let (s, id) = try Self.story()
        let report = try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .incident(id), now: s.now))
        let figures = try #require(report.incidents.first)
        #expect(report.incidents.count == 1)
        #expect(figures.timeToTriage == minutes(7))
        #expect(figures.timeToFirstNotification == minutes(12))
        #expect(figures.levels == [.init(level: .yellow, after: minutes(15)), .init(level: .red, after: minutes(40))])
        #expect(figures.timeToRestore == minutes(90))
        #expect(figures.maxOutage == .hours(4))
        #expect(figures.checklists == [.init(procedure: "epj-nede", title: "EPJ nede", completed: 2, total: 4)])
        #expect((figures.tasks, figures.overdueTasks) == (2, 1))
        #expect((figures.notifications, figures.lateNotifications) == (1, 1))
        #expect((figures.formsIssued, figures.formsReconciled) == (3, 2))
        #expect(report.strengths.map(\.text) == ["Rask overgang til papir"])
        #expect(report.improvements.map(\.text) == ["Nattnummeret til leverandøren var feil"])
        #expect(report.exercise == nil)
        #expect(report.timeline.allSatisfy { $0.incident == id }, "the other incident's events are left out")
        #expect(report.timeline.filter { $0.text.hasPrefix("Beredskapsnivå") }.count == 2)
        #expect(report.timeline.allSatisfy { $0.clock == nil })
    }

    @Test("An open task past its deadline counts as overdue at the time of the report")
    func openTaskPastDeadline() throws {
        var (s, id) = try Self.story()
        try s.run(.assignTask(id, title: "Ajourfør", role: "driftsleder", due: s.now + minutes(5), procedure: nil))
        let before = try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .incident(id), now: s.now))
        #expect(before.incidents[0].overdueTasks == 1)
        let after = try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .incident(id), now: s.now + minutes(6)))
        #expect(after.incidents[0].overdueTasks == 2)
    }

    @Test("An ended exercise's figures are those at ENDEX: nothing turns late while the wall clock runs on")
    func figuresFrozenAtENDEX() throws {
        var s = try Scenario.exercise()
        let id = try s.open("EPJ nede (øvelse)")
        try s.run(.requireNotification(id, recipient: "IKT-leder", contact: nil, due: s.now + minutes(30), mandatory: true))
        try s.run(.assignTask(id, title: "Hent nødpermen", role: "ikt-vakt", due: s.now + minutes(40), procedure: nil))
        s.wait(minutes(20))
        try s.run(.endExercise(note: nil))
        func figures(after: Double) throws -> IncidentFigures {
            try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .exercise,
                                           now: s.now + minutes(after))).incidents[0]
        }
        let atENDEX = try figures(after: 0)
        #expect(atENDEX.lateNotifications == 0 && atENDEX.overdueTasks == 0)
        #expect(try figures(after: 300) == atENDEX, "five hours later the same figures")
    }

    @Test("An exercise report has the exercise clock on each line and what each released inject said")
    func exerciseReport() throws {
        var s = try Scenario.exercise()
        try s.run(.releaseInject("i1"))
        s.wait(minutes(3))
        let id = try s.open("EPJ nede (øvelse)")
        s.wait(minutes(7))
        try s.run(.pauseExercise(reason: "Diskusjon"))
        s.wait(minutes(10))
        try s.run(.resumeExercise)
        s.wait(minutes(5))
        try s.triage(id)
        try s.run(.assessExpectation("f1", .met, note: nil))
        try s.run(.endExercise(note: nil))
        s.wait(minutes(2))
        try s.run(.noteHotWash(nil, .strength, text: "God loggføring"))

        let report = try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .exercise, now: s.now))
        #expect(report.exercise?.scenario.id == "epj-natt")
        #expect(report.incidents.map(\.incident) == [id])
        #expect(report.incidents[0].timeToTriage == minutes(22), "incident figures are wall-clock, pauses included")
        #expect(report.timeline.map { $0.clock?.minutes } == [0, 0, 3, 10, 10, 15, 15, 15, 15])
        #expect(report.timeline[1].text == "Innspill i1 til ikt-vakt fra Sengepost 3B: EPJ svarer ikke.")
        #expect(report.strengths.map(\.text) == ["God loggføring"])
        #expect(report.timeline.map(\.afterENDEX) == Array(repeating: false, count: 8) + [true], "the hot wash came after ENDEX")
        #expect(AfterActionReport(state: State(isExercise: true), events: [], subject: .exercise, now: s.now) == nil)
        #expect(report.timeline.allSatisfy { $0.by == s.operatorName }, "each line says who wrote it")
        #expect(AfterActionReport(state: s.state, events: [], subject: .incident("H-2026-404"), now: s.now) == nil)
    }

    @Test("A director's summary: expectation totals, skipped injects with reasons, participants by name and role, answers under their questions")
    func directorsSummary() throws {
        var s = try Scenario.exercise(by: "Frida Fasilitator")
        try s.run(.assignRole("driftsleder", person: "Kari Nordmann", handoverNote: nil), by: "Per Loggfører")
        _ = try s.open("EPJ nede (øvelse)")
        try s.run(.releaseInject("i1"), by: "Frida Fasilitator")
        try s.run(.skipInject("i2", reason: "Tiden ble for knapp"), by: "Frida Fasilitator")
        try s.run(.assessExpectation("f1", .met, note: nil), by: "Frida Fasilitator")
        try s.run(.assessExpectation("f3", .notMet, note: "Ingen ringte"), by: "Frida Fasilitator")
        try s.run(.endExercise(note: nil), by: "Frida Fasilitator")
        #expect(s.refusal(.noteHotWash(nil, .answer, text: "Greit"), by: "Frida Fasilitator") == .hotWashQuestion(nil, questions: 1))
        #expect(s.refusal(.noteHotWash(nil, .answer, text: "Greit", question: 2), by: "Frida Fasilitator") == .hotWashQuestion(2, questions: 1))
        #expect(s.refusal(.noteHotWash(nil, .strength, text: "Greit", question: 1), by: "Frida Fasilitator") == .questionOnlyForAnswers)
        try s.run(.noteHotWash(nil, .answer, text: "Varslingen gikk raskt", question: 1), by: "Kari Nordmann")

        let report = try #require(AfterActionReport(state: s.state, events: s.journal.map(\.event), subject: .exercise, now: s.now))
        let totals = try #require(report.exercise?.expectationTotals)
        #expect((totals.met, totals.partly, totals.notMet, totals.notAssessed, totals.total) == (1, 0, 1, 1, 3))
        #expect(report.exercise?.skippedInjects.map { "\($0.inject.id): \($0.reason)" } == ["i2: Tiden ble for knapp"])
        #expect(report.participants.map(\.name) == ["Frida Fasilitator", "Per Loggfører", "Kari Nordmann", "Kari Vakt"],
                "in order of first appearance: started, appointed (with the one appointing), opened the incident")
        let kari = try #require(report.participants.first { $0.name == "Kari Nordmann" })
        #expect(kari.roles == ["driftsleder"] && kari.entries == 1 && !kari.isFacilitator)
        #expect(report.participants.first { $0.name == "Frida Fasilitator" }?.isFacilitator == true)
        #expect(report.answers.map(\.question) == ["Hva fungerte med varslingen?"])
        #expect(report.answers.first?.answers.map(\.text) == ["Varslingen gikk raskt"])
        #expect(report.strengths.isEmpty && report.improvements.isEmpty, "an answer is neither a strength nor an improvement")
    }
}
