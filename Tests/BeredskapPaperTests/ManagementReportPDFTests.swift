import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The management report on paper (faktaark 12; Normen 5.8.1's status to management): the avvik of the period with
/// system, cause and risk, the repeat that calls for a new risk assessment, and the measures with cost, the
/// alternatives considered and who approved them, read back from the PDF with pdftotext.
@Suite struct ManagementReportPDFTests {
    @Test func theAvvikTheirRepeatAndTheMeasuresReachThePDF() throws {
        var journal = try DemoJournal()
        let now = DemoOrganisation.now
        func run(_ action: Action, at time: Date) throws { try journal.run(action, at: time) }
        let report = DeviationReport(what: "Strømbrudd tok ned EPJ på 3B", immediateMeasures: "Aggregat startet manuelt",
                                     possibleConsequence: "Forsinket behandling", howDetected: "Alarm", affected: [.availability],
                                     cause: .system, roles: DeviationRoles(reporter: "IKT-vakt", handler: "IKT-leder", owner: "Teknisk sjef"),
                                     system: "epj", category: "strombrudd",
                                     risk: DeviationRisk(likelihood: .high, consequence: .high, text: "Nytt brudd før aggregatet er testet"))
        try run(.registerDeviation(report, incident: nil), at: now - 86400 * 60)
        try run(.registerDeviation(report, incident: nil), at: now)
        try run(.addDeviationMeasure("A-2026-002", MeasurePlan(text: "Nytt nødaggregat", owner: "Teknisk drift", due: now + 86400 * 90,
                                                               cost: "ca. 1,2 mill. kr", alternatives: "Leie aggregat ved behov",
                                                               approval: Approval(by: "Administrerende direktør", on: now))), at: now)
        let text = try journal.reportText(from: now - 86400 * 365, to: now + 86400, file: "rapport.pdf")
        #expect(text.contains(letters(ManagementReportDocument.roundingRule)), "the one rounding rule, stated as a footnote")
        for part in ["Gjentatte avvik (samme system og årsak innen 12 måneder)", "Avvik i perioden", "Strømbrudd tok ned EPJ på 3B",
                     "Gjentatte avvik: vurder ny risikovurdering (Normen 5.8.1)",
                     "A-2026-002: Gjentatt avvik: samme system og årsak som A-2026-001 (25.09.2026), innen 12 måneder",
                     "Gjeldende: ROS-2025-07", "Tiltak: kostnad, vurderte alternativer og godkjenning", "ca. 1,2 mill. kr",
                     "Leie aggregat ved behov", "Administrerende direktør, 24.11.2026", "A-2026-002 T1"] {
            #expect(text.contains(letters(part)), "\(part)")
        }
    }

    /// Factsheet 12, «ondsinnet programvare»: the measures taken and their results, and what was proposed.
    @Test func aMalwareIncidentsMeasuresAndResultReachThePDF() throws {
        var journal = try DemoJournal()
        let now = DemoOrganisation.now
        // The level and control are the krisestab lead's: administrativ bakvakt decides by phone.
        func run(_ action: Action) throws { try journal.run(action, at: now, onBehalfOf: "Anne Bakvakt") }
        let organisation = journal.state.organisation
        try run(.openIncident(title: "Løsepengevirus på filserver", detectedBy: "Overvåking"))
        let id = try #require(journal.state.incidents.first?.id)
        try run(.triage(id, TriageInput(systems: ["lan"], category: "skadevare", severity: .high, consequence: "Filer kryptert")))
        try run(.completeMeasure(id, "skadevare", measure: 0))
        try run(.startResponse(id, note: nil))
        try run(.confirmControl(id, note: "Spredning stanset"))
        try run(.setLevel(.yellow, reason: "Filer kryptert", incidents: [id]))
        try run(.requireNotification(id, recipient: "HelseCERT", contact: nil, due: now - 600, mandatory: true))
        let text = try journal.reportText(from: now - 86400, to: now + 86400, file: "skadevare.pdf")
        let measures = try #require(organisation.category("skadevare")?.measures)
        for part in ["Ondsinnet programvare: tiltak og resultat (faktaark 12)", "\(id) (Skadevare og løsepengevirus): Løsepengevirus på filserver",
                     "1 av \(measures.count): \(measures[0])", "fase håndteres, kontroll bekreftet, ikke gjenopprettet",
                     "ingen ennå (evalueringen gir dem)",
                     // The period's level decisions, notifications made late, and the systems' own max outage.
                     "Beslutninger om beredskapsnivå i perioden", "NORMAL DRIFT → GUL", "Filer kryptert (på vegne av Anne Bakvakt)",
                     "Varslinger nådd etter fristen (eller ikke nådd)", "Maks avbrudd",
                     "Korrigerende tiltak fra evalueringer åpne / lukket"] {
            #expect(text.contains(letters(part)), "\(part)")
        }
    }
}

/// The demo organisation's state as kari's commands make it, each decided at its own time, and its management
/// report read back from the PDF.
struct DemoJournal {
    private(set) var state: State
    private var seq = 0

    init() throws { state = State(organisation: try DemoOrganisation.load()) }

    mutating func run(_ action: Action, at time: Date, onBehalfOf: String? = nil) throws {
        for event in try state.decide(Command(by: "kari", onBehalfOf: onBehalfOf, action), now: time) {
            seq += 1
            state = state.evolve(event, seq: seq)
        }
    }

    /// The report of `from..<to` made at the demo's time, as a PDF that Poppler checks, then as its letters.
    func reportText(from: Date, to: Date, file: String) throws -> String {
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let now = DemoOrganisation.now
        let figures = ManagementReport(state: state, from: from, to: to, now: now)
        let document = ManagementReportDocument.document(figures, organisation: state.organisation, exercises: 0, required: 1, tests: [],
                                                         trainings: [], redacted: false, timeZone: oslo)
        let path = temporaryFile(file)
        try PDFRenderer.write(document, run: PrintRun(organisation: state.organisation, printedAt: now, exercise: false, timeZone: oslo), to: path)
        #expect(try Poppler.check(path).status == 0)
        return letters(try Poppler.text(path))
    }
}
