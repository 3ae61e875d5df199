import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Levels and procedures: what must be there")
struct LevelAndProcedureTests {
    @Test func missingLevel() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("nivaer.yaml")
        try copy.write("nivaer.yaml", String(text[..<text.range(of: "  - level: rød")!.lowerBound]))
        let report = copy.load()
        expectDiagnostic(report, file: "nivaer.yaml", line: 1, column: 1, message: ["nivået «rød» mangler"], hint: ["grønn, gul og rød", "2c"])
        #expect(report.errors.count == 1)
    }

    @Test func levelWithNobodyToNotify() throws {
        let copy = try PlaybookCopy()
        try copy.replace("nivaer.yaml", "    notify:\n      - contact: it-vakt\n        within: 15m\n", with: "")
        let report = copy.load()
        expectDiagnostic(report, file: "nivaer.yaml", line: 8, column: 5, message: ["nivået «gul» varsler ingen"], hint: ["«notify»"])
        #expect(report.errors.count == 1)
    }

    @Test func levelWithAnEmptyNotifyList() throws {
        let copy = try PlaybookCopy()
        try copy.replace("nivaer.yaml", "    notify:\n      - contact: it-vakt\n        within: 1d\n", with: "    notify: []\n")
        expectDiagnostic(copy.load(), file: "nivaer.yaml", line: 2, column: 5, message: ["nivået «grønn» varsler ingen"])
    }

    @Test func incompleteNotifyRule() throws {
        let copy = try PlaybookCopy()
        try copy.replace("nivaer.yaml", "      - contact: it-vakt\n        within: 1d\n", with: "      - contact: it-vakt\n")
        let report = copy.load()
        expectDiagnostic(report, file: "nivaer.yaml", line: 6, column: 9, message: ["varslingen av «it-vakt» mangler feltet «within»"])
        #expect(report.errors.count == 1)
    }

    @Test func phaseClaimedWithoutSteps() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "  håndteres:\n", with: "  vurdert:\n  håndteres:\n")
        let report = copy.load()
        expectDiagnostic(report, file: "prosedyrer/epj-nede.yaml", line: 17, column: 3,
                         message: ["prosedyren «epj-nede» har fasen «vurdert», men ingen steg"], hint: ["fjern fasen"])
        #expect(report.errors.count == 1)
    }

    @Test func phaseWithAnEmptyList() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "  håndteres:\n", with: "  vurdert: []\n  håndteres:\n")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 17, column: 3, message: ["«vurdert»", "ingen steg"])
    }

    @Test func procedureWithoutPhases() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("prosedyrer/epj-nede.yaml")
        try copy.write("prosedyrer/epj-nede.yaml", String(text[..<text.range(of: "phases:")!.lowerBound]) + "phases: {}\n")
        let report = copy.load()
        expectDiagnostic(report, file: "prosedyrer/epj-nede.yaml", line: 11, column: 9, message: ["prosedyren «epj-nede» har ingen faser"])
        #expect(report.errors.count == 1)
    }

    @Test func procedureMissingPhasesKey() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("prosedyrer/epj-nede.yaml")
        try copy.write("prosedyrer/epj-nede.yaml", String(text[..<text.range(of: "phases:")!.lowerBound]))
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 1, column: 1, message: ["mangler feltet «phases»"])
    }

    @Test func misspeltPhase() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "  håndteres:", with: "  haandteres:")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 17, column: 3, message: ["ukjent nøkkel «haandteres»"],
                         hint: ["mente du «håndteres»?"])
    }

    @Test func evaluationIsNotAChecklistPhase() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "  ajourføres:", with: "  evaluert:")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 31, column: 3, message: ["ukjent nøkkel «evaluert»"],
                         hint: ["oppdaget", "avsluttet"])
    }

    @Test func stepMissingRole() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "      text: Bekreft med leverandøren at EPJ er klar for bruk\n      role: krisestabsleder\n",
                         with: "      text: Bekreft med leverandøren at EPJ er klar for bruk\n")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 28, column: 7, message: ["steget «g1» mangler feltet «role»"])
    }

    @Test func doneByIsReadAndItsReferenceChecked() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "      role: loggforer\n      kind: do-confirm",
                         with: "      role: loggforer\n      kind: do-confirm\n      done_by: forms:papirjournal")
        let steps = try #require(copy.load().organisation?.procedures.first?.steps[.responding])
        #expect(steps.first { $0.id == "h1" }?.doneBy == .formsIssued("papirjournal"))

        try copy.replace("prosedyrer/epj-nede.yaml", "done_by: forms:papirjournal", with: "done_by: role:sambandsleder")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 22, column: 16, message: ["ukjent rolle «sambandsleder»"])

        try copy.replace("prosedyrer/epj-nede.yaml", "done_by: role:sambandsleder", with: "done_by: skjema utdelt")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 22, column: 16,
                         message: ["«skjema utdelt» i «done_by»", "ikke en hendelse Beredskap kjenner"], hint: ["role:ROLLE"])
    }
}
