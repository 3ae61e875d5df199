import BeredskapCore
@testable import BeredskapPaper
import Foundation
import Testing

/// The quick cards and the plan's approval on paper, through the real PDF renderer and pdftotext.
@Suite struct QuickCardAndDraftTests {
    let organisation: Organisation
    let run: PrintRun

    init() throws {
        organisation = try DemoOrganisation.load()
        run = PrintRun(organisation: organisation, printedAt: DemoOrganisation.now, exercise: false)
    }

    @Test func eachDepartmentsCardIsExactlyOnePage() throws {
        let departments = try #require(organisation.documentControl?.distribution)
        #expect(departments.count == 5)
        let onCall = try #require(organisation.contact(ContactID("ikt-vakt")))
        for department in departments {
            let path = temporaryFile("kort-\(department.id).pdf")
            let pages = try PDFRenderer.write(QuickCardDocument.document(organisation, departments: [department]), run: run, to: path)
            #expect(pages == 1, "\(department.id)")
            #expect(try Poppler.pageCount(path) == 1)
            let text = collapsed(try Poppler.text(path))
            #expect(text.contains(department.name))
            #expect(text.contains(department.binderPlace))
            #expect(text.contains(department.formsPlace))
            #expect(text.contains(onCall.phones[0]), "IT on call's number")
            #expect(text.contains("Ola Nordmann"), "notified at grønn")
            for step in organisation.documentControl?.quickCard.firstSteps ?? [] {
                #expect(letters(text).contains(letters(step)), "first step «\(step)»")
            }
            #expect(text.contains("Plan 2026.1, godkjent 20.11.2026"))
            #expect(!text.contains("UTKAST"))
        }
    }

    @Test func allCardsOnePageEach() throws {
        let path = temporaryFile("kort.pdf")
        let pages = try PDFRenderer.write(QuickCardDocument.document(organisation), run: run, to: path)
        #expect(pages == organisation.documentControl?.distribution.count)
    }

    @Test func theApprovedBinderShowsItsApprovalOnEveryPageAndItsControlOnTheCover() throws {
        let path = temporaryFile("perm.pdf")
        let pages = try PDFRenderer.write(Binder.document(organisation, printedAt: DemoOrganisation.now), run: run, to: path)
        for page in 1...pages {
            let text = try Poppler.text(path, page: page)
            #expect(text.contains("Plan 2026.1, godkjent 20.11.2026"), "page \(page)")
            #expect(!text.contains("UTKAST"), "page \(page)")
        }
        #expect(collapsed(try Poppler.text(path, page: 1)).contains("Godkjent av Erik Nordmann, administrerende direktør, 20.11.2026."))
        let control = collapsed(try Poppler.text(path, page: 3))
        #expect(control.contains("Dokumentstyring: endringslogg og distribusjon"))
        #expect(control.contains("Endringslogg"))
        #expect(control.contains("2025.2 12.06.2025 Prosedyre for vannlekkasje"))
        #expect(control.contains("Distribusjon (7 eksemplarer)"))
        #expect(control.contains("Medisinsk sengepost 4C 1 Medisinrommet, hylle ved døren"))
    }

    @Test(arguments: [false, true])
    func anUnapprovedOrChangedPlanPrintsUtkastOnEveryPage(changed: Bool) throws {
        var draft = organisation
        if changed {
            draft.documentControl?.planHash = String(repeating: "0", count: 64)
        } else {
            draft.documentControl?.approval = nil
        }
        let path = temporaryFile("utkast.pdf")
        let pages = try PDFRenderer.write(Binder.document(draft, printedAt: DemoOrganisation.now), run: run, to: path)
        #expect(pages > 20)
        for page in 1...pages {
            let text = try Poppler.text(path, page: page)
            #expect(text.contains("UTKAST · Intern"), "page \(page)")
            #expect(text.contains("UTKAST: plan 2026.1 er ikke godkjent"), "page \(page)")
        }
        let cover = collapsed(try Poppler.text(path, page: 1))
        #expect(cover.contains(changed ? "UTKAST: planen er endret etter at Erik Nordmann" : "UTKAST: planen er ikke godkjent."))
    }

    @Test func anOrganisationUnderNoDocumentControlPrintsNoPlanMark() throws {
        var plain = organisation
        plain.documentControl = nil
        let text = TextRenderer.render(Binder.document(plain, printedAt: DemoOrganisation.now), run: run)
        #expect(!text.contains("UTKAST"))
        #expect(!text.contains("godkjent 20.11.2026"))
        #expect(!text.contains(QuickCardDocument.heading))
    }
}
