import Foundation
import Testing

/// A tabletop exercise through the command line: the facilitator and a participant on the same exercise journal,
/// the real journal never touched.
@Suite struct ExerciseThroughCLITests {
    @Test func aWholeExerciseFromStartToTheAfterActionReport() throws {
        var facilitator = try CLI()
        facilitator.operatorName = "fasilitator"
        var participant = facilitator
        participant.operatorName = "ikt-vakt"
        let exercise = ["--exercise", "natt1"]

        let start = try facilitator.ok(["exercise", "start", "skadevare-natt"] + exercise).stdout
        #expect(start.contains("ØVELSE startet: Løsepengevirus på nattevakt"))
        let journal = facilitator.directory.appendingPathComponent("ovelser/natt1.jsonl").path
        #expect(FileManager.default.fileExists(atPath: journal))
        #expect(!FileManager.default.fileExists(atPath: facilitator.journalPath), "exercise start never touches the real journal")
        #expect(try facilitator.run(["exercise", "start", "skadevare-natt"] + exercise).status == 1, "a journal is never reused")

        let injects = try facilitator.ok(["exercise", "injects"] + exercise).stdout
        #expect(injects.contains("*** ØVELSE ***"))
        #expect(injects.contains("i1  T+0 (01.50 i scenariet)  FORFALT"), "skadevare-natt starts at 01.50 in its own world")
        #expect(injects.contains("i2  T+10 (02.00 i scenariet)  om 10 min"))
        #expect(injects.contains("Spørsmål til hot wash (beredskap hotwash svar \"…\" --question NR):\n  1. "))
        let released = try facilitator.ok(["exercise", "release", "i1"] + exercise).stdout
        #expect(released.contains("Til ikt-vakt fra HelseCERT (vakttelefon): HelseCERT ser trafikk"))
        #expect(released.contains("Øvelsesklokke: T+") && released.contains(" i scenariet)"), "the facilitator's commands say the exercise time")
        #expect(try facilitator.run(["exercise", "release", "i1"] + exercise).status == 1)

        let id = try participant.ok(["open", "--title", "Mistanke om løsepengevirus"] + exercise).lastLine
        try participant.ok(["triage", id, "--system", "lan", "--category", "skadevare", "--severity", "kritisk", "--consequence", "Klientnettet"] + exercise)
        try facilitator.ok(["exercise", "pause", "--reason", "Diskusjon om isolering"] + exercise)
        try facilitator.ok(["exercise", "resume"] + exercise)
        try facilitator.ok(["exercise", "skip", "i8", "--reason", "Tiden ble for knapp"] + exercise)
        try facilitator.ok(["exercise", "assess", "f1", "oppfylt"] + exercise)
        #expect(try facilitator.run(["exercise", "assess", "f2", "delvis"] + exercise).status == 1, "partly needs a note")
        try facilitator.ok(["exercise", "assess", "f2", "delvis", "--note", "Sikkerhetsleder ble ringt etter 25 min"] + exercise)
        try facilitator.ok(["exercise", "observe", "Nødpermen sto i feil skap", "--inject", "i1"] + exercise)
        #expect(try facilitator.run(["hotwash", "styrke", "Rask isolering"] + exercise).status == 1, "the hot wash comes after ENDEX")
        try facilitator.ok(["exercise", "end"] + exercise)
        try facilitator.ok(["hotwash", "styrke", "Rask beslutning om isolering"] + exercise)
        try facilitator.ok(["hotwash", "forbedring", "Ringelisten til HelseCERT var utdatert"] + exercise)
        let unanswerable = try facilitator.run(["hotwash", "svar", "Greit", "--question", "99"] + exercise)
        #expect(unanswerable.status == 1 && unanswerable.stderr.contains("Scenariet har ikke spørsmål 99"))
        try facilitator.ok(["hotwash", "svar", "Isoleringen ble besluttet etter ti minutter", "--question", "1"] + exercise)
        try facilitator.ok(["exercise", "evaluate", "--lesson", "Nødpermen må stå der listen sier",
                            "--action", "Flytt nødpermen til beredskapsskapet;Beredskapskoordinator;2026-12-31"] + exercise)

        let status = try facilitator.ok(["status"] + exercise).stdout
        #expect(status.contains("Øvelse: Løsepengevirus på nattevakt"))
        #expect(status.contains("[F1] Beredskapskoordinator: Flytt nødpermen til beredskapsskapet"))

        let report = try facilitator.ok(["exercise", "report"] + exercise).stdout
        #expect(report.contains("# Evalueringsrapport etter øvelse"))
        #expect(report.contains("ØVELSE – ingen virkelig hendelse."))
        #expect(report.contains("| Innspill | 1 gitt ut, 1 hoppet over, 6 ikke brukt |"))
        #expect(report.contains("| f2 | IKT-vakten ringer teknisk ansvarlig"))
        #expect(report.contains("| delvis oppfylt | Sikkerhetsleder ble ringt etter 25 min |"))
        #expect(report.contains("Rask beslutning om isolering"))
        #expect(report.contains("| F1 | Flytt nødpermen til beredskapsskapet | Beredskapskoordinator | 31.12.2026 | Åpen |"))
        #expect(report.contains("| T+0 (01.50 i scenariet) | "), "the timeline's clock has the scenario's time of day")
        #expect(report.contains("## Sammendrag"))
        #expect(report.contains("| Oppfylt | 1 |") && report.contains("| Delvis oppfylt | 1 |") && report.contains("| Ikke oppfylt | 0 |"))
        #expect(report.contains("| i8 (T+"), "the skipped inject is listed with its reason")
        #expect(report.contains("| Tiden ble for knapp |"))
        #expect(report.contains("| fasilitator | Øvingsleder | "), "participants by name and role")
        #expect(report.contains("| ikt-vakt | – | "))
        #expect(report.contains("### Spørsmål og svar"))
        #expect(report.contains("– Isoleringen ble besluttet etter ti minutter"))
        #expect(report.contains("| Hvem |"))
        #expect(report.contains(#"| fasilitator | \[etter ENDEX\] Hot wash, styrke: Rask beslutning om isolering |"#),
                "who wrote the line, and that it came after ENDEX (brackets escaped in Markdown)")
        #expect(report.contains("Tid til innledende vurdering (2a)"))

        let pdf = facilitator.directory.appendingPathComponent("aar.pdf").path
        try facilitator.ok(["print", "after-action", "-o", pdf] + exercise)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5) == Data("%PDF-".utf8))
        let text = facilitator.directory.appendingPathComponent("aar.txt").path
        try facilitator.ok(["print", "after-action", "-o", text] + exercise)
        #expect(try String(contentsOfFile: text, encoding: .utf8).contains("ØVELSE"))

        try facilitator.ok(["action", "close", "F1", "--note", "Flyttet og merket"] + exercise)
        #expect(!(try facilitator.ok(["status"] + exercise).stdout.contains("[F1]")), "a closed action leaves status")
        #expect(!FileManager.default.fileExists(atPath: facilitator.journalPath), "nothing in the exercise reached the real journal")

        let lint = try facilitator.run(["lint", CLI.playbooks, "--journal", facilitator.directory.path], global: false).stdout
        #expect(lint.contains("prosedyren «vannlekkasje-kjoling» er ikke testet noen gang"))
        #expect(!lint.contains("prosedyren «skadevare» er ikke testet"), "exercised today")
    }

    /// At tempo 2 the scenario's clock runs twice as fast as the wall clock: started (with --at) 30 minutes ago, it
    /// stands at T+60, 02.50 in the scenario that starts at 01.50.
    @Test func aTempoChosenAtStartRunsTheScenarioClockFaster() throws {
        let cli = try CLI()
        let exercise = ["--exercise", "rask"]
        let startedAt = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-30 * 60))
        let start = try cli.ok(["exercise", "start", "skadevare-natt", "--tempo", "2", "--at", startedAt] + exercise).stdout
        #expect(start.contains("Planlagt 2 t på øvelsesklokken, tempo 2: 1 t i virkeligheten; scenariet starter kl. 01.50"))
        let journal = try String(contentsOf: cli.directory.appendingPathComponent("ovelser/rask.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"tempo\":2"), "recorded in exercise.started")
        let injects = try cli.ok(["exercise", "injects"] + exercise).stdout
        #expect(injects.contains("Øvelsesklokke: T+60 (02.50 i scenariet) (går); planlagt 2 t; tempo 2: 1 t i virkeligheten")
                || injects.contains("Øvelsesklokke: T+61 (02.51 i scenariet)"), "\(injects)")
        #expect(injects.contains("min i scenariet"), "minutes to and past an inject are the scenario's")
        let status = try cli.ok(["status"] + exercise).stdout
        #expect(status.contains("tempo 2"))
        #expect(try cli.run(["exercise", "start", "skadevare-natt", "--tempo", "0", "--exercise", "null"]).status != 0, "a tempo of 0 is refused")
    }

    @Test func exerciseCommandsAreRefusedInTheRealJournalAndUnknownScenariosNamed() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let refused = try cli.run(["hotwash", "styrke", "Noe"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Dette er den reelle journalen"))
        #expect(try cli.run(["exercise", "start", "finnes-ikke", "--exercise", "x"]).stderr.contains("skadevare-natt"))
    }

    @Test func aRealIncidentGetsItsAfterActionReportAndOpenActionsInStatus() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        try cli.ok(["phase", id, "håndteres"])
        try cli.ok(["control", id, "Oversikt", "--on-behalf-of", "Anne Bakvakt"])
        try cli.ok(["phase", id, "gjenopprettes"])
        try cli.ok(["phase", id, "ajourføres"])
        try cli.ok(["hotwash", "forbedring", "Varslingslisten manglet nattnummer", "--incident", id])
        let report = try cli.ok(["after-action", id]).stdout
        #expect(report.contains("# Evalueringsrapport etter hendelse"))
        #expect(!report.contains("ØVELSE"))
        #expect(report.contains("Varslingslisten manglet nattnummer"))
        #expect(report.contains("| Sjekkliste epj-uten-is | 3 av "), "opened, triage and control tick their steps")
        #expect(try cli.run(["after-action"]).status == 2, "a real journal needs the incident")
        let status = try cli.ok(["status"]).stdout
        #expect(status.contains("Ikke testet siste 365 dager"))
    }
}
