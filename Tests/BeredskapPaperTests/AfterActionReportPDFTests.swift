import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The after-action report of an exercise in the demo organisation, from a state built by Core's decide and
/// evolve with known times, rendered as a real PDF and read back with pdftotext.
@Suite struct AfterActionReportPDFTests {
    let start = DemoOrganisation.now
    let oslo = TimeZone(identifier: "Europe/Oslo")!

    func exerciseReport(_ play: ((inout State, inout [Event]) throws -> Void)? = nil) throws -> AfterActionReport {
        let organisation = try DemoOrganisation.load()
        let scenario = try #require(organisation.scenario("epj-leverandor-dagtid"))
        var state = State(organisation: organisation, isExercise: true)
        var events: [Event] = []
        func apply(_ minutes: Double, _ action: Action, by name: String = "fasilitator") throws {
            for event in try state.decide(Command(by: OperatorName(name), action), now: start + minutes * 60) {
                events.append(event)
                state = state.evolve(event, seq: events.count)
            }
        }
        try apply(0, .startExercise(scenario))
        try apply(0, .assignRole("loggforer", person: "Per Loggfører", handoverNote: nil))
        try apply(0, .releaseInject("i1"))
        try apply(1, .skipInject("i2", reason: "Gruppen var allerede i gang med det"))
        try apply(4, .openIncident(title: "EPJ henger ved innlogging", detectedBy: "Sengepost 3B"))
        try apply(13, .triage("H-2026-001", TriageInput(systems: ["epj"], category: "driftsleverandor", severity: .high, consequence: "Papir")))
        try apply(20, .assessExpectation("f1", .partly, note: "Driftssenteret ble ringt først etter 12 min"))
        try apply(30, .endExercise(note: nil))
        try apply(35, .noteHotWash(nil, .answer, text: "Saksnummeret kom for sent", question: 1), by: "Per Loggfører")
        try apply(40, .evaluateExercise(lessons: ["Saksnummer først"], actions: [
            CorrectiveAction(text: "Driftssenterets nummer øverst på vaktkortet", owner: "IKT-leder", due: start + 30 * 86400),
        ]))
        return try #require(AfterActionReport(state: state, events: events, subject: .exercise, now: start + 45 * 60))
    }

    @Test func theFiguresObjectivesAndPlanReachThePDF() throws {
        let report = try exerciseReport()
        let document = AfterActionReportDocument(report: report, organisation: try DemoOrganisation.load(), seal: "9-ABCD", timeZone: oslo).document
        #expect(document.mark.line.hasPrefix("evalueringsrapport øvelse epj-leverandor-dagtid · segl 9-ABCD"))
        let path = temporaryFile("aar.pdf")
        let run = PrintRun(organisation: try DemoOrganisation.load(), printedAt: start, exercise: true, timeZone: oslo)
        try PDFRenderer.write(document, run: run, to: path)
        #expect(try Poppler.check(path).status == 0)
        let text = collapsed(try Poppler.text(path))
        #expect(text.contains("ØVELSE – ingen virkelig hendelse."))
        #expect(text.contains("Tid til innledende vurdering (2a) 9 min"), "triaged 9 minutes after it was opened")
        #expect(text.contains("m1: Vurdere konsekvensene hos oss"))
        #expect(text.contains("delvis oppfylt"))
        #expect(text.contains("Driftssenterets nummer øverst på vaktkortet"))
        #expect(text.contains("Spilt tid på øvelsesklokken 30 min av planlagt 2 t"))
        #expect(text.contains("Side 1 av"))
    }

    @Test func theDirectorsSummaryParticipantsAnswersAndWhoWroteEachLineReachThePDF() throws {
        let report = try exerciseReport()
        let organisation = try DemoOrganisation.load()
        let document = AfterActionReportDocument(report: report, organisation: organisation, seal: "9-ABCD", timeZone: oslo).document
        let path = temporaryFile("aar-sammendrag.pdf")
        try PDFRenderer.write(document, run: PrintRun(organisation: organisation, printedAt: start, exercise: true, timeZone: oslo), to: path)
        let text = collapsed(try Poppler.text(path))
        let summary = try #require(text.range(of: "Sammendrag"))
        let overview = try #require(text.range(of: "Oversikt"))
        #expect(summary.lowerBound < overview.lowerBound, "the summary comes first")
        #expect(text.contains("Oppfylt 0") && text.contains("Delvis oppfylt 1"))
        #expect(text.contains("Innspill som ble hoppet over"))
        #expect(text.contains("Gruppen var allerede i gang med det"))
        let role = try #require(organisation.role("loggforer")).name
        #expect(text.contains("Per Loggfører \(role)"), "participants by name and the role they were appointed to")
        #expect(text.contains("fasilitator Øvingsleder"))
        let question = try #require(report.exercise?.scenario.questions.first)
        #expect(text.contains("Spørsmål og svar 1. \(collapsed(question)) – Saksnummeret kom for sent"), "the answer under its question")
        #expect(text.contains("Hvem"))
        #expect(text.contains("[etter ENDEX] Hot wash"), "the hot wash came after ENDEX")
    }
}
