import Foundation
import Testing

/// A personal-data breach from the command line: flag, draft with gaps marked, staged notification.
@Suite struct BreachThroughCLITests {
    @Test func flagDraftAndReportInStages() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "Utskrifter funnet"]).lastLine
        #expect(try cli.run(["breach", "draft", id]).stderr.contains("ikke markert"))
        try cli.ok(["breach", "flag", id, "--note", "Utskrifter fra EPJ funnet i trappeoppgang"])
        let draft = try cli.ok(["breach", "draft", id]).stdout
        #expect(draft.contains("Omtrentlig antall registrerte som er berørt:\n  MANGLER"))
        #expect(draft.contains("Frist:"))
        #expect(try cli.outstandingNotifications().count == 1, "the Datatilsynet duty")

        try cli.ok(["breach", "report", id, "--stage", "foreløpig"])
        #expect(try cli.outstandingNotifications().isEmpty, "the first notification fulfils the 72 h duty")
        let final = try cli.run(["breach", "report", id, "--stage", "endelig"])
        #expect(final.status == 1)
        #expect(final.stderr.contains("mangler"))

        try cli.ok(["breach", "details", id, "--subjects", "Pasienter", "--count", "40", "--data-types", "Journalnotater",
                    "--contact", "Personvernombudet", "--consequences", "Tap av fortrolighet", "--measures", "Hentet inn",
                    "--cause", "Glemt utskrift", "--period", "Natt til tirsdag", "--location", "Hos personvernombudet"])
        #expect(!(try cli.ok(["breach", "draft", id]).stdout.contains("MANGLER")))
        try cli.ok(["breach", "report", id, "--stage", "endelig"])
        let notice = try cli.ok(["breach", "draft", id, "--data-subjects"]).stdout
        #expect(notice.contains("Underretning til de registrerte"))
        #expect(notice.contains("Hentet inn"))
    }
}
