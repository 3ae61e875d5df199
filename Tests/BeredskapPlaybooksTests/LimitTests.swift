import Foundation
import Testing
@testable import BeredskapPlaybooks

/// Files, values and lists beyond `PlaybookLimits` are refused with their place; the big files are generated here.
@Suite("Limits: file size, value length, list length, invalid UTF-8")
struct LimitTests {
    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() throws {
        let copy = try PlaybookCopy()
        let contact = "  - id: k%d\n    name: Kontakt\n    organisation: Fiktivt sykehus HF\n    role: Vakt\n"
            + "    external: false\n    phones: [\"+47 22 00 00 01\"]\n    verified: 2026-01-15\n"
        var text = "contacts:\n"
        var index = 0
        while text.utf8.count <= PlaybookLimits.fileBytes {
            text += String(format: contact, index)
            index += 1
        }
        try copy.write("kontakter.yaml", text)
        let report = copy.load()
        expectDiagnostic(report, file: "kontakter.yaml", line: 0, message: ["for stor", "grensen er 2 MiB"], hint: ["del den opp"])
        #expect(report.organisation == nil)
    }

    @Test func aFileJustUnderTheSizeLimitIsRead() throws {
        let copy = try PlaybookCopy()
        let text = try copy.read("maler.yaml")
        let padding = String(repeating: "# fyll\n", count: (PlaybookLimits.fileBytes - text.utf8.count) / 7)
        try copy.write("maler.yaml", text + padding)
        #expect(copy.load().errors.isEmpty)
    }

    @Test func aValueOverTheLengthLimitIsRefusedAtItsLine() throws {
        let copy = try PlaybookCopy()
        let long = String(repeating: "a", count: PlaybookLimits.valueCharacters + 1)
        try copy.replace("kontakter.yaml", "    name: IKT-vakt\n", with: "    name: \(long)\n")
        let report = copy.load()
        expectDiagnostic(report, file: "kontakter.yaml", line: 3, column: 11,
                         message: ["verdien er for lang", "10001 tegn", "grensen er 10000"], hint: ["anførselstegn"])
        #expect(report.organisation == nil)
    }

    @Test func aValueAtTheLengthLimitIsRead() throws {
        let copy = try PlaybookCopy()
        let long = String(repeating: "æ", count: PlaybookLimits.valueCharacters)
        try copy.replace("kontakter.yaml", "    name: IKT-vakt\n", with: "    name: \(long)\n")
        #expect(copy.load().errors.isEmpty)
    }

    @Test func aListOverTheLengthLimitIsRefusedAtItsLine() throws {
        let copy = try PlaybookCopy()
        let phones = (0...PlaybookLimits.listItems).map { "\"+47 22 \($0)\"" }.joined(separator: ", ")
        try copy.replace("kontakter.yaml", "    phones: [\"+47 22 00 00 01\", \"+47 22 00 00 02\"]\n",
                         with: "    phones: [\(phones)]\n")
        let report = copy.load()
        expectDiagnostic(report, file: "kontakter.yaml", line: 7, column: 13,
                         message: ["listen har for mange elementer", "5001", "grensen er 5000"])
        #expect(report.errors.count == 1)
    }

    @Test func invalidUTF8IsReportedWithItsLineAndColumn() throws {
        let copy = try PlaybookCopy()
        var bytes = Data(try copy.read("kontakter.yaml").utf8)
        let at = try #require(bytes.range(of: Data("IKT-vakt\n".utf8))).lowerBound
        bytes.insert(0xFF, at: at + 3)  // after «IKT» on line 3, where «name: » takes 10 characters
        try bytes.write(to: copy.url.appendingPathComponent("kontakter.yaml"))
        expectDiagnostic(copy.load(), file: "kontakter.yaml", line: 3, column: 14, message: ["ikke gyldig UTF-8"], hint: ["UTF-8"])
    }

    @Test func theLineCountsCharactersNotBytes() {
        let cut = PlaybookLimits.firstInvalidUTF8(in: Data("a: æøå\nb: ".utf8) + Data([0xC3]))
        #expect(cut?.line == 2 && cut?.column == 4)
        let place = PlaybookLimits.firstInvalidUTF8(in: Data("a: æøå\nbø: ".utf8) + Data([0xC3, 0x28]))
        #expect(place?.line == 2 && place?.column == 5)
        #expect(PlaybookLimits.firstInvalidUTF8(in: Data("a: æøå\n".utf8)) == nil)
    }
}
