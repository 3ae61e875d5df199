import Foundation
import Testing

/// The facilitator's preparation through the command line: the plan before start, the printed kit, and the inject
/// list out to a spreadsheet and back, none of which touches a journal.
@Suite struct ExerciseKitThroughCLITests {
    @Test func theInjectPlanIsListedBeforeTheExerciseStartsWithoutAJournal() throws {
        let cli = try CLI()
        let plan = try cli.ok(["exercise", "injects", "skadevare-natt"]).stdout
        #expect(plan.contains("*** ØVELSE (plan) *** Løsepengevirus på nattevakt"))
        #expect(plan.contains("8 innspill"))
        #expect(plan.contains("T+20 (02.10 i scenariet)  i3  til Teknisk ansvarlig  fra Driftsleverandørens driftssenter"),
                "skadevare-natt starts at 01.50 in its own world")
        #expect(plan.contains("f5 (m3) Isolering besluttes"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).isEmpty, "no journal is made or opened")
        #expect(try cli.run(["exercise", "injects"]).stderr.contains("Oppgi scenariet"))
    }

    @Test func theKitPrintsAndTheMSELGoesOutAndBackThroughTheCommandLine() throws {
        let cli = try CLI()
        let playbooks = cli.directory.appendingPathComponent("Playbooks")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.playbooks), to: playbooks)
        let printed = try cli.ok(["exercise", "print", "skadevare-natt", "--what", "innspill", "-o", cli.directory.appendingPathComponent("kort.pdf").path])
        #expect(printed.stdout.contains("(8 sider)"))

        let csv = cli.directory.appendingPathComponent("msel.csv").path
        let scenarioFile = playbooks.appendingPathComponent("ovelser/skadevare-natt.yaml")
        let before = try Data(contentsOf: scenarioFile)
        #expect(try cli.run(["exercise", "msel", "export", "skadevare-natt", "--out", csv, "--playbooks", playbooks.path], global: false).status == 0)
        let imported = try cli.run(["exercise", "msel", "import", csv, "--scenario", "skadevare-natt", "--playbooks", playbooks.path], global: false)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stdout.contains("Skrev 8 innspill med 17 forventede handlinger"))
        #expect(try Data(contentsOf: scenarioFile) == before, "an unchanged list writes the same file")

        let broken = try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "\"teknisk-ansvarlig\"", with: "\"teknisk-ansvarleg\"")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: csv))
        let refused = try cli.run(["exercise", "msel", "import", csv, "--scenario", "skadevare-natt", "--playbooks", playbooks.path], global: false)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("msel.csv:6:13: feil: ukjent rolle «teknisk-ansvarleg» (tips: mente du «teknisk-ansvarlig»?)"), "\(refused.stdout)")
        #expect(refused.stdout.contains("ingenting er skrevet"))
        #expect(try Data(contentsOf: scenarioFile) == before)
    }
}
