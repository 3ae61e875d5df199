import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// A table row, paragraph or checklist step taller than a page goes on over the next pages: every word is printed
/// once, in order, and nothing is drawn over the footer. Read back with `pdftotext -bbox`.
@Suite struct LongRowTests {
    static let run = PrintRun(organisation: Organisation(name: "Testforetaket", version: "1"), printedAt: DemoOrganisation.now, exercise: false)

    /// `ord1 ord2 … ordN` with a prefix, so each block's words can be told apart.
    static func words(_ prefix: String, _ count: Int) -> [String] { (1...count).map { "\(prefix)\($0)" } }

    @Test func aTableRowTallerThanAPageGoesOnOverThePagesAndKeepsEveryWord() throws {
        let log = Self.words("logg", 2_500)
        let name = Self.words("navn", 400)
        let table = Table(columns: [.init("Tid", width: 0.15), .init("Hva", width: 0.6), .init("Hvem", width: 0.25)],
                          rows: [["03:07", "kort linje", "ola"], ["03:08", log.joined(separator: " "), name.joined(separator: " ")],
                                 ["03:09", "siste linje", "kari"]])
        let pages = try render([.title("Logg"), .table(table)], expecting: [log, name])
        #expect(pages.count >= 4, "2,500 words in a 60 % column take several pages")
        for (number, page) in pages.enumerated() {
            #expect(page.contains { $0.text == "Tid" } && page.contains { $0.text == "Hvem" }, "header on page \(number + 1)")
        }
        let all = pages.flatMap { $0 }.map(\.text)
        #expect(all.contains("siste") && all.contains("kari"), "the row after the long one is printed")
    }

    @Test func aParagraphTallerThanAPageGoesOnOverThePages() throws {
        let text = Self.words("avsnitt", 3_000)
        let pages = try render([.heading("Beskrivelse"), .paragraph(text.joined(separator: " ")), .paragraph("Slutt her.")],
                               expecting: [text])
        #expect(pages.count >= 3)
        #expect(pages.last?.contains { $0.text == "Slutt" } == true)
    }

    @Test func aChecklistStepTallerThanAPageGoesOnOverThePages() throws {
        let step = Self.words("trinn", 2_000)
        let items = [ChecklistItem(number: 1, text: "Kort steg", detail: "IKT-vakt · innen 10 min"),
                     ChecklistItem(number: 2, text: step.joined(separator: " "), detail: "Loggfører · innen 20 min", critical: true)]
        let pages = try render([.checklist(items)], expecting: [step])
        #expect(pages.count >= 3)
        let all = pages.flatMap { $0 }.map(\.text)
        #expect(all.contains("Loggfører"), "the step's role and deadline come after its last part")
    }

    /// Renders `blocks`, checks that each list of words appears exactly once and in order, and that every page's
    /// footer holds only the print line and «Side p av n» with no body text at or below it. Returns each page's words.
    private func render(_ blocks: [Block], expecting lists: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[Word]] {
        let path = temporaryFile("lang.pdf")
        let document = PaperDocument(mark: DocumentMark(id: "test", version: "1", contentHash: ""), title: "Test", blocks: blocks)
        let count = try PDFRenderer.write(document, run: Self.run, to: path)
        let pages = try (1...count).map { try Word.all(path, page: $0) }
        let all = pages.flatMap { $0 }.map(\.text)
        for list in lists {
            let prefix = (list.first ?? "").trimmingCharacters(in: .decimalDigits)
            let found = all.filter { $0.hasPrefix(prefix) }
            #expect(found == list, "each word once, in order: \(found.count) of \(list.count)", sourceLocation: sourceLocation)
        }
        let footer = collapsed(Self.run.printLine(copy: 1))
        let footerTop = PageSize.height - 52
        for (index, words) in pages.enumerated() {
            // The footer rule is 6 pt above the footer text; the body stops 14 pt above the rule.
            let below = words.filter { $0.yMax > PageSize.bodyBottom + 2 }
            #expect(below.allSatisfy { $0.yMin >= footerTop - 2 }, "body text over the footer on page \(index + 1): \(below)",
                    sourceLocation: sourceLocation)
            #expect(collapsed(below.map(\.text).joined(separator: " ")) == "\(footer) Side \(index + 1) av \(count)",
                    "footer of page \(index + 1)", sourceLocation: sourceLocation)
        }
        return pages
    }
}

/// One word of `pdftotext -bbox` output, with its box in PDF points from the top of the page.
struct Word: CustomStringConvertible {
    let text: String
    let yMin: Double
    let yMax: Double

    var description: String { "\(text)@\(yMin)-\(yMax)" }

    static func all(_ path: String, page: Int) throws -> [Word] {
        let html = try Poppler.run("pdftotext", ["-bbox", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"]).text
        let pattern = try NSRegularExpression(pattern: #"<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>"#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { match in
            let group = { (index: Int) in String(html[Range(match.range(at: index), in: html)!]) }
            return Word(text: group(3).replacingOccurrences(of: "&amp;", with: "&"), yMin: Double(group(1))!, yMax: Double(group(2))!)
        }
    }
}
