import Foundation
import Testing
@testable import BeredskapPlaybooks

/// One edit that makes a reference dangle, and where the error must point.
struct DanglingReference: CustomTestStringConvertible, Sendable {
    var file: String
    var old: String
    var new: String
    var line: Int
    var column: Int
    var words: [String]
    var hint: String
    var testDescription: String { words.joined(separator: " ") }
}

@Suite("Ids: duplicates and references")
struct IdentifierTests {
    static let dangling: [DanglingReference] = [
        .init(file: "systemer.yaml", old: "class: k4", new: "class: k3", line: 19, column: 12,
              words: ["«class»", "ukjent kritikalitetsklasse «k3»"], hint: "mente du «k1»?"),
        .init(file: "systemer.yaml", old: "vendor: leverandor-epj", new: "vendor: leverandor-pas", line: 6, column: 13,
              words: ["«vendor»", "ukjent kontakt «leverandor-pas»"], hint: "mente du «leverandor-epj»?"),
        .init(file: "systemer.yaml", old: "depends_on: [ad]", new: "depends_on: [add]", line: 7, column: 18,
              words: ["«depends_on»", "ukjent system «add»"], hint: "mente du «ad»?"),
        .init(file: "systemer.yaml", old: "    procedures: [epj-nede]\n  - id: print", new: "    procedures: [lab-nede]\n  - id: print",
              line: 16, column: 18, words: ["«procedures»", "ukjent prosedyre «lab-nede»"], hint: "mente du «epj-nede»?"),
        .init(file: "nivaer.yaml", old: "roles: [loggforer]", new: "roles: [sambandsleder]", line: 11, column: 13,
              words: ["«roles»", "ukjent rolle «sambandsleder»"], hint: "roller.yaml"),
        .init(file: "nivaer.yaml", old: "      - contact: leverandor-epj", new: "      - contact: helsecert", line: 26, column: 18,
              words: ["«contact»", "ukjent kontakt «helsecert»"], hint: "kontakter.yaml"),
        .init(file: "kategorier.yaml", old: "      - contact: leverandor-epj", new: "      - contact: leverandr-epj", line: 8, column: 18,
              words: ["«contact»", "ukjent kontakt «leverandr-epj»"], hint: "mente du «leverandor-epj»?"),
        .init(file: "kategorier.yaml", old: "    measures: [Bekreft omfanget med IKT-vakt]",
              new: "    measures: [Bekreft omfanget med IKT-vakt]\n    consider: [leverandor-epj, kripos]", line: 14, column: 32,
              words: ["«consider»", "ukjent kontakt «kripos»"], hint: "kontakter.yaml"),
        .init(file: "nivaer.yaml", old: "        role: loggforer", new: "        role: loggfører", line: 17, column: 15,
              words: ["«role»", "ukjent rolle «loggfører»"], hint: "mente du «loggforer»?"),
        .init(file: "prosedyrer/epj-nede.yaml", old: "systems: [epj]", new: "systems: [laboratoriesystem]", line: 5, column: 11,
              words: ["«systems»", "ukjent system «laboratoriesystem»"], hint: "systemer.yaml"),
        .init(file: "prosedyrer/epj-nede.yaml", old: "categories: [bortfall, skadevare]", new: "categories: [bortfall, løsepengevirus]",
              line: 6, column: 24, words: ["«categories»", "ukjent hendelseskategori «løsepengevirus»"], hint: "kategorier.yaml"),
        .init(file: "prosedyrer/epj-nede.yaml", old: "forms: [papirjournal]", new: "forms: [papirjournl]", line: 8, column: 9,
              words: ["«forms»", "ukjent skjema «papirjournl»"], hint: "mente du «papirjournal»?"),
        .init(file: "prosedyrer/epj-nede.yaml", old: "      role: krisestabsleder\n      within: 15m", new: "      role: stabsleder\n      within: 15m",
              line: 24, column: 13, words: ["«role»", "ukjent rolle «stabsleder»"], hint: "roller.yaml"),
    ]

    @Test(arguments: dangling)
    func referenceToUnknownId(_ case: DanglingReference) throws {
        let copy = try PlaybookCopy()
        try copy.replace(`case`.file, `case`.old, with: `case`.new)
        let report = copy.load()
        expectDiagnostic(report, file: `case`.file, line: `case`.line, column: `case`.column, message: `case`.words, hint: [`case`.hint])
        #expect(report.organisation == nil)
    }

    @Test func duplicateSystemPointsAtTheFirst() throws {
        let copy = try PlaybookCopy()
        try copy.replace("systemer.yaml", "id: print", with: "id: ad")
        expectDiagnostic(copy.load(), file: "systemer.yaml", line: 17, column: 9, message: ["systemet «ad»", "flere ganger"],
                         hint: ["systemer.yaml:10:9"])
    }

    @Test(arguments: [
        ("kritikalitet.yaml", "id: k2", "id: k1", 7, "klassen «k1»"),
        ("kontakter.yaml", "id: leverandor-epj", "id: it-vakt", 9, "kontakten «it-vakt»"),
        ("roller.yaml", "id: loggforer", "id: krisestabsleder", 8, "rollen «krisestabsleder»"),
        ("kategorier.yaml", "id: bortfall", "id: skadevare", 10, "kategorien «skadevare»"),
        ("maler.yaml", "id: pasienter-ventetid", "id: ansatte-epj-nede", 8, "malen «ansatte-epj-nede»"),
        ("prosedyrer/epj-nede.yaml", "id: h2", "id: h1", 22, "steget «h1»"),
    ])
    func duplicateIds(file: String, old: String, new: String, line: Int, words: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace(file, old, with: new)
        expectDiagnostic(copy.load(), file: file, line: line, message: [words, "flere ganger"], hint: ["første gang"])
    }

    @Test func duplicateFormAndSerialPrefix() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("skjema.yaml")
        try copy.write("skjema.yaml", text + text.replacingOccurrences(of: "forms:\n", with: ""))
        let report = copy.load()
        expectDiagnostic(report, file: "skjema.yaml", line: 11, column: 9, message: ["skjemaet «papirjournal»", "flere ganger"])
        expectDiagnostic(report, file: "skjema.yaml", line: 13, column: 20, message: ["serieprefikset «EPJ»", "flere ganger"],
                         hint: ["skjema.yaml:4:20"])
    }

    /// The copy is blamed, whether its name sorts before the original (read first) or after it: the original is the
    /// file named after the id.
    @Test(arguments: [("prosedyrer/epj-nede-kopi.yaml", "originalen er i prosedyrer/epj-nede.yaml:1:5"),
                      ("prosedyrer/a-kopi.yaml", "originalen er i prosedyrer/epj-nede.yaml:1:5"),
                      ("prosedyrer/zz-kopi.yaml", "første gang i prosedyrer/epj-nede.yaml:1:5")])
    func duplicateProcedureBlamesTheCopy(copyFile: String, hint: String) throws {
        let copy = try PlaybookCopy()
        try copy.write(copyFile, try copy.read("prosedyrer/epj-nede.yaml"))
        let report = copy.load()
        expectDiagnostic(report, file: copyFile, line: 1, column: 5, message: ["prosedyren «epj-nede»", "flere ganger"],
                         hint: [hint, "gi kopien en ny id"])
        #expect(report.errors.count == 1)
    }

    @Test func sameStepIdInTwoProceduresIsFine() throws {
        let copy = try PlaybookCopy()
        let other = try copy.read("prosedyrer/epj-nede.yaml").replacingOccurrences(of: "id: epj-nede", with: "id: epj-lesekopi")
        try copy.write("prosedyrer/epj-lesekopi.yaml", other)
        try copy.write("testplan.yaml", try copy.read("testplan.yaml")
            + "  - procedure: epj-lesekopi\n    kind: funksjonstest\n    month: mai\n    responsible: krisestabsleder\n")
        let report = copy.load()
        #expect(report.diagnostics == [])
        #expect(report.organisation?.procedures.count == 2)
    }
}
