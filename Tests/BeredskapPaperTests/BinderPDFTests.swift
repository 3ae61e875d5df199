import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The demo binder through the real pango + cairo, read back with poppler and qpdf.
@Suite struct BinderPDFTests {
    let organisation: Organisation
    let document: PaperDocument
    let run: PrintRun

    init() throws {
        organisation = try DemoOrganisation.load()
        document = Binder.document(organisation, printedAt: DemoOrganisation.now, timeZone: TimeZone(identifier: "Europe/Oslo")!)
        run = PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: false, timeZone: TimeZone(identifier: "Europe/Oslo")!)
    }

    @Test func everyPageCarriesHeaderAndFooter() throws {
        let path = temporaryFile("perm.pdf")
        let pages = try PDFRenderer.write(document, run: run, to: path)
        #expect(try Poppler.pageCount(path) == pages)
        #expect(pages > 20)
        for page in 1...pages {
            let text = try Poppler.text(path, page: page)
            #expect(text.contains("Side \(page) av \(pages)"), "page \(page)")
            #expect(text.contains(organisation.name), "page \(page)")
            #expect(text.contains("Fiktiv virksomhet"), "page \(page)")
            #expect(text.contains(organisation.classification), "page \(page)")
            #expect(text.contains("versjon 2026.1 · sjekksum"), "page \(page)")
            #expect(text.contains("Skrevet ut 24.11.2026 11:00 · Eksemplar 1 av 1"), "page \(page)")
            #expect(!text.contains("ØVELSE"), "real output has no exercise mark, page \(page)")
        }
    }

    @Test func structureIsSoundAndFontEmbedded() throws {
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(document, run: run, to: path)
        let check = try Poppler.check(path)
        #expect(check.status == 0, "\(check.text)")
        let fonts = try Poppler.run("pdffonts", [path]).text
        #expect(fonts.contains("DejaVuSans"))
        #expect(!fonts.split(separator: "\n").dropFirst(2).contains { !$0.contains(" yes ") }, "every font embedded: \(fonts)")
    }

    @Test func everyPageIsA4() throws {
        let path = temporaryFile("perm-a4.pdf")
        try PDFRenderer.write(document, run: run, to: path)
        let pages = try Poppler.pageCount(path)
        let info = try Poppler.run("pdfinfo", ["-f", "1", "-l", "\(pages)", path]).text
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
        #expect(sizes.count == pages)
        for size in sizes {
            #expect(size.hasSuffix("595.276 x 841.89 pts (A4)"), "ISO A4, 210 x 297 mm: \(size)")
        }
    }

    @Test func roundTripFindsLettersStepsAndSections() throws {
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(document, run: run, to: path)
        let text = collapsed(try Poppler.text(path))
        for word in ["Nødperm", "Beredskapsnivåer og varsling", "Kontaktliste", "Systemregister", "Papirskjema (blanke)",
                     "Fase: Håndteres", "Løpenummer", "æ", "ø", "å"] {
            #expect(text.contains(word), "\(word)")
        }
        #expect(text.contains(organisation.planHash))
        let steps = letters(text)
        for procedure in organisation.procedures {
            #expect(steps.contains(letters(procedure.title)), "\(procedure.id)")
            for step in procedure.steps.values.flatMap({ $0 }) {
                #expect(steps.contains(letters(step.text)), "\(procedure.id) \(step.id)")
            }
        }
        for form in organisation.forms { #expect(steps.contains(letters(form.title)), "\(form.id)") }
    }

    @Test func contentsNameThePageEachSectionIsOn() throws {
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(document, run: run, to: path)
        // The contents start on the cover and may run onto the next page.
        let cover = try Poppler.run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "1", "-l", "2", path, "-"]).text
        let titles = ["Dokumentstyring: endringslogg og distribusjon", "Hurtigkort per avdeling", "Kontaktliste", "Systemregister", "Beredskapsnivåer og varsling", "Papirskjema (blanke)"]
            + organisation.procedures.map(\.title).filter { $0.count < 50 }
        for title in titles {
            let line = try #require(cover.split(separator: "\n").first { $0.contains(". \(title)") }, "\(title)")
            let page = try #require(line.split(separator: " ").last.flatMap { Int($0) }, "\(line)")
            #expect(collapsed(try Poppler.text(path, page: page)).contains(title), "\(title) on page \(page)")
        }
    }

    @Test func noNationalIdentityNumberAnywhere() throws {
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(document, run: run, to: path)
        #expect(!NationalIdentityNumber.isPresent(in: try Poppler.text(path)))
        #expect(!NationalIdentityNumber.isPresent(in: TextRenderer.render(document, run: run)))
    }

    /// The contact list leads with the name, and a phone number is never split across lines; the level pages give
    /// each recipient's numbers (#18).
    @Test func numbersStayWholeAndLevelPagesGiveThem() throws {
        let path = temporaryFile("perm.pdf")
        try PDFRenderer.write(Binder.document(organisation, printedAt: DemoOrganisation.now), run: run, to: path)
        let lines = try Poppler.text(path).replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n").map(String.init)
        for contact in organisation.contacts {
            for phone in contact.phones {
                #expect(lines.contains { $0.contains(phone) }, "\(contact.id): \(phone) is split or missing")
            }
        }
        let contact = try #require(organisation.contacts.first { !$0.external })
        #expect(lines.contains { $0.hasPrefix(contact.name) }, "the contact list leads with the name")
        let level = try #require(organisation.levels.first { !$0.notify.isEmpty })
        let first = try #require(level.notify.first.flatMap { organisation.contact($0.contact) })
        let text = letters(lines.joined(separator: "\n"))
        #expect(text.contains(letters("Varsles Telefon Frist")))
        #expect(text.contains(letters("\(first.recipientLabel) \(first.phones[0])")), "the level page gives the numbers")
    }

    /// Each procedure page names the affected systems' vendors and their support numbers (#18).
    @Test func aProcedurePageNamesItsSystemsVendorAndNumber() throws {
        let procedure = try #require(organisation.procedure("epj-uten-is"))
        let epj = try #require(organisation.system("epj"))
        let vendor = try #require(epj.vendor.flatMap(organisation.contact))
        let path = temporaryFile("epj-uten-is.pdf")
        try PDFRenderer.write(ProcedureChecklist.document(procedure, organisation: organisation), run: run, to: path)
        let text = letters(try Poppler.text(path))
        #expect(text.contains(letters("Leverandørstøtte:")))
        #expect(text.contains(letters("\(epj.name): \(vendor.name) (\(vendor.organisation)) \(vendor.phones[0])")))
    }

    @Test func copiesRepeatThePagesWithTheirNumber() throws {
        let procedure = try #require(organisation.procedures.first)
        var copies = run
        copies.copies = 3
        let path = temporaryFile("sjekkliste.pdf")
        let single = try PDFRenderer.write(ProcedureChecklist.document(procedure, organisation: organisation), run: run, to: temporaryFile("en.pdf"))
        let pages = try PDFRenderer.write(ProcedureChecklist.document(procedure, organisation: organisation), run: copies, to: path)
        #expect(pages == 3 * single)
        #expect(try Poppler.pageCount(path) == pages)
        let last = try Poppler.text(path, page: pages)
        #expect(last.contains("Eksemplar 3 av 3"))
        #expect(last.contains("Side \(single) av \(single)"))
        #expect(try Poppler.text(path, page: 1).contains("Eksemplar 1 av 3"))
        #expect(try Poppler.text(path, page: 1).contains("\(procedure.id) · versjon \(procedure.version) · sjekksum \(procedure.contentHash.prefix(12))"))
    }

    @Test func exerciseOutputSaysSoOnEveryPage() throws {
        var exercise = run
        exercise.exercise = true
        let path = temporaryFile("ovelse.pdf")
        let pages = try PDFRenderer.write(document, run: exercise, to: path)
        for page in 1...pages {
            let text = try Poppler.text(path, page: page)
            #expect(text.contains("ØVELSE · Intern"), "page \(page)")
            // The diagonal watermark is outlines, not text: the word is extracted once, from the header.
            #expect(text.components(separatedBy: "ØVELSE").count == 2, "page \(page)")
        }
        #expect(try Poppler.check(path).status == 0)
    }

    @Test func unwritablePathIsAnError() {
        #expect(throws: PaperError.self) {
            try PDFRenderer.write(document, run: run, to: "/proc/finnes-ikke/perm.pdf")
        }
    }
}
