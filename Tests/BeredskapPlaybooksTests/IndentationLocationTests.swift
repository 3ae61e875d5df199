import Foundation
import Testing
@testable import BeredskapPlaybooks

/// A wrongly indented line is reported at that line, not where libyaml finally gave up further down.
@Suite struct IndentationLocationTests {
    /// `line` moved to `indent` spaces; libyaml alone reports it at `libyamlLine`.
    @Test(arguments: [
        ("kontakter.yaml", 6, 0, 7),
        ("prosedyrer/epj-nede.yaml", 17, 0, 27),
        ("prosedyrer/epj-nede.yaml", 13, 2, 14),
        ("prosedyrer/epj-nede.yaml", 18, 2, 19),
    ])
    func theWronglyIndentedLineIsBlamed(file: String, line: Int, indent: Int, libyamlLine: Int) throws {
        let copy = try PlaybookCopy()
        var lines = try copy.read(file).components(separatedBy: "\n")
        lines[line - 1] = String(repeating: " ", count: indent) + lines[line - 1].drop { $0 == " " }
        try copy.write(file, lines.joined(separator: "\n"))
        let report = copy.load()
        expectDiagnostic(report, file: file, line: line, column: indent + 1, message: ["feil innrykk"],
                         hint: ["linje \(libyamlLine)"])
        #expect(report.errors.count == 1)
    }

    @Test func aColonInPlainTextIsStillReportedWhereItIs() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "text: Del ut papirjournal med løpenummer", with: "text: Del ut: papirjournal")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 19, message: ["kolon"])
    }

    @Test func aBlockTextLineIndentedTooLittleIsBlamedWhereTheBrokenKeyBegins() throws {
        let copy = try PlaybookCopy()
        try copy.replace("maler.yaml", "      Bruk papirskjema. Neste melding kommer {neste_melding}. Spørsmål: {kontakt}.\n",
                         with: "    Bruk papirskjema og ring\n      oss {kontakt}.\n")
        let report = copy.load()
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.line == 7, "\(report.errors)")
    }
}
