import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Files: syntax, shape, missing and unknown files")
struct FileShapeTests {
    @Test func yamlSyntaxErrorCarriesLibyamlsMark() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    name: Utskrift\n", with: "    name: Utskrift: farge\n")
        let report = copy.load()
        expectDiagnostic(report, file: "systemer.yaml", line: 18, column: 19, message: ["YAML-syntaksfeil", "kolon"],
                         hint: ["anførselstegn"])
        #expect(report.organisation == nil)
    }

    @Test func unclosedQuoteIsAScannerError() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "\"+47 22 00 00 10\"]", with: "\"+47 22 00 00 10]")
        let report = copy.load()
        expectDiagnostic(report, file: "kontakter.yaml", line: 14, column: 14, message: ["YAML-syntaksfeil", "begynner her"],
                         hint: ["anførselstegn"])
        #expect(report.errors.count == 1)
    }

    @Test func duplicateKeyInOneMapping() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "    name: Utskrift\n", with: "    name: Utskrift\n    name: Skriver\n")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 18, column: 5, message: ["«name»", "flere ganger"])
    }

    @Test func topLevelMustBeAMapping() throws {
        let copy = try PlaybookCopy()
        try copy.write("roller.yaml", "- id: krisestabsleder\n- id: loggforer\n")
        let report = copy.load()
        expectDiagnostic(report, file: "roller.yaml", line: 1, column: 1, message: ["filen", "nøkkel: verdi", "en liste"])
        #expect(report.errors.count == 1)
    }

    @Test func emptyFile() throws {
        let copy = try PlaybookCopy()
        try copy.write("maler.yaml", "# ingen maler ennå\n")
        expectDiagnostic(copy.load(), file: "maler.yaml", line: 0, column: 0, message: ["tom"])
    }

    @Test func missingRegisterFile() throws {
        let copy = try PlaybookCopy()
        try copy.remove("skjema.yaml")
        let report = copy.load()
        expectDiagnostic(report, file: "skjema.yaml", line: 0, message: ["«skjema.yaml» mangler"], hint: ["Playbooks/"])
        // References into the missing file would all dangle; the one error says why.
        #expect(report.errors.count == 1)
    }

    @Test func missingProceduresFolder() throws {
        let copy = try PlaybookCopy()
        try copy.remove("prosedyrer")
        let report = copy.load()
        expectDiagnostic(report, file: "prosedyrer/", line: 0, message: ["«prosedyrer/» mangler"])
        #expect(report.diagnostics.count == 1)
    }

    @Test func missingDirectory() {
        let report = PlaybookLoader.load(directory: "/nonexistent/Playbooks", now: fixtureNow)
        #expect(report.organisation == nil)
        #expect(report.diagnostics.count == 1)
        #expect(report.errors.first?.message.contains("/nonexistent/Playbooks") == true)
        #expect(report.errors.first?.description.hasPrefix("feil: fant ikke") == true)
    }

    @Test func misnamedRegisterFileIsAWarningWithSuggestion() throws {
        let copy = try PlaybookCopy()
        try copy.write("kontakt.yaml", "contacts: []\n")
        let report = copy.load()
        expectDiagnostic(report, .warning, file: "kontakt.yaml", line: 0, message: ["leses ikke"], hint: ["mente du «kontakter.yaml»?"])
        #expect(report.organisation != nil)
    }

    @Test func procedureWithoutYamlExtensionIsNotSilentlySkipped() throws {
        let copy = try PlaybookCopy()
        try copy.write("prosedyrer/lab-nede.yml", "id: lab-nede\n")
        expectDiagnostic(copy.load(), .warning, file: "prosedyrer/lab-nede.yml", line: 0, message: ["leses ikke"], hint: [".yaml"])
    }

    @Test func brokenProcedureFileDoesNotMakeReferencesToItDangle() throws {
        let copy = try PlaybookCopy()
        try copy.write("prosedyrer/epj-nede.yaml", "id: epj-nede\nphases:\n\toppdaget: []\n")
        let report = copy.load()
        expectDiagnostic(report, file: "prosedyrer/epj-nede.yaml", line: 3, column: 1, message: ["YAML-syntaksfeil", "tabulator"],
                         hint: ["mellomrom"])
        #expect(report.diagnostics.count == 1)
    }

    @Test func notUTF8() throws {
        let copy = try PlaybookCopy()
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xF8, 0x0A]).write(to: copy.url.appendingPathComponent("organisasjon.yaml"))
        expectDiagnostic(copy.load(), file: "organisasjon.yaml", line: 1, column: 7, message: ["UTF-8"])
    }

    @Test func descriptionIsFileLineColumnSeverityMessageHint() {
        let diagnostic = Diagnostic(severity: .error, file: "systemer.yaml", line: 12, column: 5,
                                    message: "ukjent nøkkel «depend_on»", hint: "mente du «depends_on»?")
        #expect(diagnostic.description == "systemer.yaml:12:5: feil: ukjent nøkkel «depend_on» (tips: mente du «depends_on»?)")
        let whole = Diagnostic(severity: .warning, file: "x.yaml", line: 0, column: 0, message: "leses ikke", hint: nil)
        #expect(whole.description == "x.yaml: advarsel: leses ikke")
    }
}
