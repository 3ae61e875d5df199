import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// A clinical paper form is a patient record and identifies the patient by hand; nothing printed from the journal
/// does (DESIGN.md: data minimisation, and patient identity on paper).
@Suite struct PatientIdentityOnPaperTests {
    let organisation: Organisation
    let run: PrintRun

    init() throws {
        organisation = try DemoOrganisation.load()
        run = PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: false)
    }

    func pdfText(_ document: PaperDocument, _ name: String) throws -> String {
        let path = temporaryFile(name)
        try PDFRenderer.write(document, run: run, to: path)
        return try Poppler.text(path)
    }

    @Test func aJournalNoteIdentifiesThePatientAndGivesTheNoteMostOfThePage() throws {
        let form = try #require(organisation.form("journalnotat"))
        #expect(form.patient == .patient)
        let text = try pdfText(FormPrint.document(form, organisation: organisation, serials: ["JN-0001"]), "jn.pdf")
        for label in ["Pasientens identitet", "Pasientens navn", "Fødselsnummer eller D-nummer", "reservenummer", "Fødselsdato",
                      "Løpenummer: JN-0001"] {
            #expect(text.contains(label), "«\(label)» on the sheet")
        }
        #expect(!text.contains("armbåndet ved sengen (kryss)"), "checked against the patient, not only the wristband")
        let path = temporaryFile("jn-pages.pdf")
        #expect(try PDFRenderer.write(FormPrint.document(form, organisation: organisation, serials: ["JN-0001"]), run: run, to: path) == 1,
                "the note's large field takes the rest of one page")
    }

    @Test func theBloodRequisitionFollowsTransfusionPractice() throws {
        let form = try #require(organisation.form("blodrekvisisjon"))
        #expect(form.patient == .blood)
        let text = TextRenderer.render(FormPrint.document(form, organisation: organisation, serials: []), run: run)
        #expect(text.contains("Identifikator 1: pasientens navn"))
        #expect(text.contains("Identifikator 2: fødselsnummer eller D-nummer"))
        #expect(text.contains("To identifikatorer kreves"))
        #expect(text.contains("to signaturer"))
    }

    @Test func aStockListHasNoIdentityBlock() throws {
        let form = try #require(organisation.form("lageruttak"))
        let text = TextRenderer.render(FormPrint.document(form, organisation: organisation, serials: []), run: run)
        #expect(!text.contains("PASIENTENS IDENTITET"))
    }

    @Test func noPrintoutFromTheJournalAsksForOrHoldsIdentity() throws {
        var state = State(organisation: organisation)
        var seq = 0
        func apply(_ action: Action) throws {
            for event in try state.decide(Command(by: "kari", action), now: DemoOrganisation.now) {
                seq += 1
                state = state.evolve(event, seq: seq)
            }
        }
        try apply(.openIncident(title: "EPJ nede", detectedBy: nil))
        try apply(.triage("H-2026-001", TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high, consequence: "Papir")))
        try apply(.issueForms("H-2026-001", form: "journalnotat", count: 5, issuedTo: "Sengepost 3B"))
        let report = StatusReport(state: state, seal: "1-AAAA", incident: nil, decisions: [], recent: [], now: DemoOrganisation.now,
                                  timeZone: organisation.timeZone).document
        let text = try pdfText(report, "status.pdf")
        for word in ["Fødselsnummer", "fødselsnummer", "Pasientens navn", "reservenummer"] {
            #expect(!text.contains(word), "a status report printed from the journal never mentions «\(word)»")
        }
    }

    @Test func aCriticalStepStandsOutInPrint() throws {
        let procedure = try #require(organisation.procedures.first { $0.steps.values.joined().contains { $0.critical } })
        let text = TextRenderer.render(ProcedureChecklist.document(procedure, organisation: organisation), run: run)
        let critical = try #require(procedure.steps.values.joined().first { $0.critical })
        #expect(text.contains("KRITISK: " + critical.text.prefix(30)))
        let pdf = try pdfText(ProcedureChecklist.document(procedure, organisation: organisation), "kritisk.pdf")
        #expect(pdf.contains("KRITISK ·"))
    }
}
