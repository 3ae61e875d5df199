import Foundation
import Testing

/// A whole outage driven through the command line, as a script or a test harness would.
@Suite struct OutageThroughCLITests {
    @Test func wholeOutageFromOpenToEvaluation() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig", "--detected-by", "Sengepost 3B", "--at", "2026-01-10 03:00"]).lastLine
        #expect(id.range(of: #"^H-\d{4}-001$"#, options: .regularExpression) != nil, "open prints the id last, got \(id)")

        let triage = try cli.ok(["triage", id, "--system", "epj", "--system", "kurve", "--category", "teknisk-svikt",
                                 "--severity", "høy", "--consequence", "Papirrutiner på alle sengeposter",
                                 "--expected-minutes", "300", "--max-outage-minutes", "240"])
        #expect(triage.stdout.contains("Foreslått beredskapsnivå: RØD"))
        // The level is the krisestab lead's decision (roller.yaml): nobody holds the role at 03:00, so the IT on-call
        // enters the decision administrativ bakvakt took by phone, on her behalf; she then leads the krisestab.
        let level = ["level", "rød", "--reason", "Forventet over maksimal avbruddstid", "--incident", id]
        let alone = try cli.run(level)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("Bare Krisestabsleder (beredskapsleder) kan endre beredskapsnivået"), "\(alone.stderr)")
        try cli.ok(level + ["--on-behalf-of", "Anne Bakvakt"])
        try cli.ok(["role", "krisestabsleder", "--person", "Anne Bakvakt"])
        let notTheLead = try cli.run(["level", "gul", "--reason", "Bedre", "--incident", id, "--on-behalf-of", "Ola Nordmann"])
        #expect(notTheLead.stderr.contains("Ola Nordmann har ikke rollen Krisestabsleder (beredskapsleder); den har Anne Bakvakt"),
                "\(notTheLead.stderr)")
        let duties = try cli.outstandingNotifications()
        #expect(duties.count >= 2, "red level brings its notification list from nivaer.yaml: \(duties)")
        try cli.ok(["call", id, duties[0], "--outcome", "ikke-svar", "--number", "+47 000 00 000"])
        #expect(try cli.outstandingNotifications() == duties, "no answer does not fulfil a notification")
        for duty in duties.dropFirst() { try cli.ok(["call", id, duty, "--outcome", "nådd"]) }
        try cli.ok(["decline", id, duties[0], "--reason", "Nådd via krisestabsleder i stedet"])
        #expect(try cli.outstandingNotifications().isEmpty)
        try cli.ok(["phase", id, "håndteres"])
        try cli.ok(["log", id, "Leverandør ringt; feil bekreftet", "--at", "2026-01-10 03:20"])

        let early = try cli.run(["phase", id, "gjenopprettes"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("kontroll og situasjonsforståelse"))

        try cli.ok(["control", id, "Årsak kjent, ingen spredning", "--on-behalf-of", "anne bakvakt"])
        try cli.ok(["phase", id, "gjenopprettes"])
        try cli.ok(["phase", id, "ajourføres"])

        let closeWithOpenWork = try cli.run(["phase", id, "avsluttet", "--summary", "EPJ tilbake"])
        #expect(closeWithOpenWork.status == 1)
        #expect(closeWithOpenWork.stderr.contains("lukk likevel med en begrunnelse"), "a DO-CONFIRM: \(closeWithOpenWork.stderr)")
        let reason = ["--unfinished-reason", "Gjennomgått med krisestabsleder"]
        let closeWithoutDecision = try cli.run(["phase", id, "avsluttet", "--summary", "EPJ tilbake"] + reason)
        #expect(closeWithoutDecision.status == 1)
        #expect(closeWithoutDecision.stderr.contains("siste åpne hendelsen"))

        try cli.ok(["phase", id, "avsluttet", "--summary", "EPJ tilbake", "--lower-to", "normal", "--level-reason", "EPJ stabil",
                    "--on-behalf-of", "Anne Bakvakt"] + reason)
        try cli.ok(["phase", id, "evaluert", "--lesson", "Nødpermene var utdaterte", "--action", "Oppdater nødpermer;Fagleder IKT;2027-01-31"])

        let json = try cli.status()
        #expect(json["level"] as? String == "normal")
        #expect(json["closedIncidents"] as? Int == 1)
        #expect((json["openIncidents"] as? [Any])?.isEmpty == true)

        let verify = try cli.ok(["verify"])
        let timeline = try cli.ok(["timeline", "--format", "json"]).stdout
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(timeline.utf8)) as? [Any])
        #expect(verify.stdout.contains("Registreringer kontrollert: \(entries.count)"))
        #expect(entries.count > 20)
        let text = try cli.ok(["timeline"]).stdout
        #expect(text.contains("Beredskapsnivå NORMAL DRIFT → RØD: Forventet over maksimal avbruddstid (på vegne av Anne Bakvakt)"))
        #expect(text.contains("Kontroll og situasjonsforståelse bekreftet: Årsak kjent, ingen spredning (på vegne av anne bakvakt)"))
    }

    @Test func lateEntryKeepsBothTimes() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "Nettverk nede", "--at", "2026-01-10 02:55"]).lastLine
        let csv = try cli.ok(["timeline", id, "--format", "csv"]).stdout
        let row = try #require(csv.split(separator: "\r\n").dropFirst().first.map(String.init))
        // Europe/Oslo in January is UTC+1: 02:55 local is 01:55Z.
        #expect(row.contains("\"2026-01-10T01:55:00.000Z\""), "occurred time recorded: \(row)")
        #expect(row.contains("\"kari\""))
        // A phase reached earlier is entered with the time it happened (the response began at 03:10).
        try cli.ok(["triage", id, "--system", "lan", "--category", "teknisk-svikt", "--severity", "moderat", "--consequence", "Treg"])
        try cli.ok(["phase", id, "håndteres", "--at", "2026-01-10 03:10"])
        let phaseRow = try #require(try cli.ok(["timeline", id, "--format", "csv"]).stdout.split(separator: "\r\n").last.map(String.init))
        #expect(phaseRow.contains("\"2026-01-10T02:10:00.000Z\"") && phaseRow.contains("incident.response-started"), "\(phaseRow)")
    }

    @Test func timelineFormatsCarryTheEntries() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "Strømbrudd"]).lastLine
        try cli.ok(["log", id, "=HYPERLINK(\"x\") og \u{1B}[2J"])
        let text = try cli.ok(["timeline"]).stdout
        #expect(text.contains("#1") && text.contains("#2"))
        #expect(!text.contains("\u{1B}"), "escape characters are shown inert")
        let csv = try cli.ok(["timeline", "--format", "csv"]).stdout
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")"), "formula cells are defused: \(csv)")
        let md = try cli.ok(["timeline", "--format", "md"]).stdout
        #expect(md.contains("| 2 |"))
        let json = try cli.ok(["timeline", "--format", "json"]).stdout
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[1]["type"] as? String == "log.entry")
        #expect(array[1]["operator"] as? String == "kari")
        // The login that wrote each line is recorded beside the operator name, and no flag changes it.
        let login = ProcessInfo.processInfo.userName
        #expect(array[1]["account"] as? String == login)
        #expect(text.contains("kari (konto \(login))"))
        #expect(csv.split(separator: "\r\n").first == "nr,registrert,inntruffet,operatør,konto,hendelse,type,registrering")
        #expect(csv.contains("\"kari\",\"\(login)\""))
    }
}
