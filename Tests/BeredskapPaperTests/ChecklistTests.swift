import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// Checklist content: critical steps first, short chunks, the same steps in PDF and text, text made inert.
@Suite struct ChecklistTests {
    static let run = PrintRun(organisation: Organisation(name: "Testforetaket", version: "1"), printedAt: DemoOrganisation.now, exercise: false)

    static func procedure(steps count: Int, text: (Int) -> String = { "Steg nummer \($0) på sengepost" }) -> Procedure {
        let steps = (1...count).map { Step(id: StepID("s\($0)"), text: text($0), role: RoleID("ikt-vakt"), within: Minutes(10 * $0), kind: .readDo, critical: $0 % 5 == 0) }
        return Procedure(id: "test", title: "Testprosedyre", version: "1", contentHash: String(repeating: "ab", count: 32), mode: .withoutIT,
                         systems: [], categories: [], factsheetSteps: ["2f"], steps: [.responding: steps], forms: [], documents: [])
    }

    @Test func criticalFirstInChunksOfAtMostNine() {
        let document = ProcedureChecklist.document(Self.procedure(steps: 20), organisation: Organisation(name: "Test"))
        let chunks = document.blocks.compactMap { block -> [ChecklistItem]? in
            if case .checklist(let items) = block { items } else { nil }
        }
        #expect(chunks.map(\.count) == [9, 9, 2])
        let items = chunks.flatMap { $0 }
        #expect(items.map(\.number) == Array(1...20))
        #expect(items.prefix(4).map(\.text) == [5, 10, 15, 20].map { "Steg nummer \($0) på sengepost" })
        #expect(items.prefix(4).allSatisfy { $0.critical })
        #expect(!items.dropFirst(4).contains { $0.critical })
        #expect(document.blocks.contains(.subheading("Fase: Håndteres (del 3 av 3)")))
    }

    @Test func textAndPDFHoldTheSameSteps() throws {
        let organisation = try DemoOrganisation.load()
        for procedure in organisation.procedures.prefix(3) {
            let document = ProcedureChecklist.document(procedure, organisation: organisation)
            let path = temporaryFile("\(procedure.id).pdf")
            try PDFRenderer.write(document, run: Self.run, to: path)
            let pdf = letters(try Poppler.text(path))
            let text = collapsed(TextRenderer.render(document, run: Self.run))
            for step in procedure.steps.values.flatMap({ $0 }) {
                #expect(pdf.contains(letters(step.text)), "\(step.id)")
                #expect(text.contains(collapsed(step.text)), "\(step.id)")
            }
        }
    }

    @Test func timeAndInitialsCaptionsRepeatOnEveryPageAChunkRunsOnto() throws {
        let long = Self.procedure(steps: 9) { "Steg \($0): " + String(repeating: "kontroller, noter og meld videre ", count: 14) }
        let path = temporaryFile("lang.pdf")
        let pages = try PDFRenderer.write(ProcedureChecklist.document(long, organisation: Organisation(name: "Test")), run: Self.run, to: path)
        #expect(pages >= 2)
        for page in 1...pages {
            let text = try Poppler.text(path, page: page)
            #expect(text.contains("Klokken") && text.contains("Signatur"), "page \(page)")
        }
    }

    @Test func textFormatHasBoxesAndPageFacts() {
        var run = Self.run
        run.exercise = true
        let text = TextRenderer.render(ProcedureChecklist.document(Self.procedure(steps: 3), organisation: Organisation(name: "Test")), run: run)
        #expect(text.contains("[ ] 1. "))
        #expect(text.contains("Klokken ________   Signatur ________"))
        #expect(text.contains("*** ØVELSE ***"))
        #expect(text.contains("test · versjon 1 · sjekksum abababababab"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= TextRenderer.columns })
    }

    @Test func controlCharactersAreShownInert() throws {
        let document = ProcedureChecklist.document(Self.procedure(steps: 1) { _ in "Ring\u{1B}[2J vakta\nnå" }, organisation: Organisation(name: "Test"))
        let text = TextRenderer.render(document, run: Self.run)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Ring␛[2J vakta␊nå"))
        let path = temporaryFile("inert.pdf")
        try PDFRenderer.write(document, run: Self.run, to: path)
        // DejaVu has no glyphs for the control pictures, so the PDF shows their code in a box; never the control itself.
        let pdf = try Poppler.text(path)
        #expect(!pdf.unicodeScalars.contains { $0.value == 0x1B })
        #expect(pdf.contains("Ring") && pdf.contains("[2J vakta") && pdf.contains("nå"))
    }
}
