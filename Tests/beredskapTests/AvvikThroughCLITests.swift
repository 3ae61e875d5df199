import Foundation
import Testing

/// Avvik from the command line: registered from an incident, measures followed up, closed only when settled.
@Suite struct AvvikThroughCLITests {
    @Test func anAvvikFromAnIncidentIsFollowedUpAndClosed() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let incident = try cli.ok(["open", "--title", "Strømbrudd i datasenteret"]).lastLine
        let id = try cli.ok(["avvik", "register", "--incident", incident, "--what", "Datasenteret uten strøm i 40 min",
                             "--immediate", "Aggregat startet manuelt", "--consequence", "Alle systemer nede",
                             "--detected-how", "Alarm", "--affects", "tilgjengelighet", "--affects", "robusthet",
                             "--cause", "system", "--reporter", "IKT-vakt", "--handler", "IKT-leder", "--owner", "Teknisk sjef"]).lastLine
        #expect(id.range(of: #"^A-\d{4}-001$"#, options: .regularExpression) != nil, "register prints the id last: \(id)")
        let late = try cli.run(["avvik", "measure", id, "--text", "Test aggregatstart månedlig", "--owner", "Teknisk drift", "--due", "2020-01-31"])
        #expect(late.status == 1)
        #expect(late.stderr.contains("allerede passert"), "a due date in the past is refused: \(late.stderr)")
        try cli.ok(["avvik", "measure", id, "--text", "Test aggregatstart månedlig", "--owner", "Teknisk drift", "--due", "2099-01-31"])
        let list = try cli.ok(["avvik", "list"]).stdout
        #expect(list.contains("T1 planlagt"), "the measure is listed: \(list)")
        #expect(list.contains("(fra \(incident))"))

        let early = try cli.run(["avvik", "close", id, "--assessment", "OK"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("T1"))
        let noReason = try cli.run(["avvik", "update", id, "T1", "--status", "forkastet"])
        #expect(noReason.status == 1, "a dropped measure needs a reason")
        try cli.ok(["avvik", "update", id, "T1", "--status", "fullført", "--note", "Rutine innført"])
        try cli.ok(["avvik", "close", id, "--assessment", "Aggregatet testes nå hver måned"])
        #expect(try cli.ok(["avvik", "list"]).stdout.contains("[lukket]"))
        let refused = try cli.run(["avvik", "register", "--what", "Pasient 01015010033 fikk feil journal", "--immediate", "x",
                                   "--consequence", "x", "--detected-how", "x", "--reporter", "x", "--handler", "x", "--owner", "x"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("fødselsnummer"))
    }

    /// Normen 5.8.1: a second avvik on the same system with the same cause within 12 months says «vurder ny
    /// risikovurdering» and names the first, on standard error, in `list`, `show` and `status`.
    @Test func aRepeatedAvvikIsWarnedAndItsRiskMeasuresAndApprovalAreShown() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        func register(_ what: String, _ extra: [String]) throws -> CLI.Result {
            try cli.ok(["avvik", "register", "--what", what, "--immediate", "Aggregat startet manuelt", "--consequence", "EPJ nede",
                        "--detected-how", "Alarm", "--reporter", "IKT-vakt", "--handler", "IKT-leder", "--owner", "Teknisk sjef"] + extra)
        }
        let first = try register("Strømbrudd tok ned EPJ", ["--system", "epj", "--category", "strombrudd",
                                                             "--risk", "Nytt brudd før aggregatet er testet", "--risk-likelihood", "middels",
                                                             "--risk-consequence", "høy"])
        #expect(!first.stderr.contains("risikovurdering"), "the first one repeats nothing: \(first.stderr)")
        let second = try register("Strømbrudd tok ned EPJ igjen", [])
        #expect(!second.stderr.contains("Gjentatt"), "no system or cause yet")
        let id = second.lastLine
        let cause = try cli.ok(["avvik", "cause", id, "--system", "epj", "--category", "strombrudd"])
        #expect(cause.stderr.contains("Gjentatt avvik: samme system og årsak som \(first.lastLine) ("),
                "recording the cause makes it a repeat: \(cause.stderr)")
        #expect(cause.stderr.contains("Elektronisk pasientjournal (EPJ), Strømbrudd; vurder ny risikovurdering (Normen 5.8.1). Gjeldende: ROS-2025-07"))
        let third = try register("Strømbrudd en tredje gang", ["--system", "epj", "--category", "strombrudd"])
        #expect(third.stderr.contains("som \(first.lastLine)"), "registering a repeat warns at once: \(third.stderr)")
        #expect(third.stderr.contains(" og \(id) ("), "both earlier ones are named: \(third.stderr)")

        try cli.ok(["avvik", "risk", id, "--risk", "Tredje brudd på et år", "--risk-likelihood", "høy", "--risk-consequence", "høy"])
        let partial = try cli.run(["avvik", "risk", id, "--risk", "Bare tekst"])
        #expect(partial.status == 2 && partial.stderr.contains("alle tre"), "\(partial.stderr)")
        try cli.ok(["avvik", "measure", id, "--text", "Nytt aggregat", "--owner", "Teknisk drift", "--due", "2099-06-30",
                    "--cost", "ca. 1,2 mill. kr", "--alternatives", "Leie aggregat; for treg levering"])
        try cli.ok(["avvik", "approve", id, "T1", "--approved-by", "Administrerende direktør", "--approved-on", "2026-01-15"])
        let again = try cli.run(["avvik", "approve", id, "T1", "--approved-by", "Fagdirektør"])
        #expect(again.status == 1 && again.stderr.contains("allerede godkjent av Administrerende direktør 15.01.2026"), "\(again.stderr)")
        let future = try cli.run(["avvik", "measure", id, "--text", "x", "--owner", "x", "--due", "2099-06-30",
                                  "--approved-by", "Direktør", "--approved-on", "2099-01-01"])
        #expect(future.status == 1 && future.stderr.contains("ligger fram i tid"), "\(future.stderr)")
        let identity = try cli.run(["avvik", "measure", id, "--text", "x", "--owner", "x", "--due", "2099-06-30",
                                    "--cost", "Faktura til 01015010033"])
        #expect(identity.status == 1 && identity.stderr.contains("fødselsnummer"), "\(identity.stderr)")

        let list = try cli.ok(["avvik", "list"]).stdout
        #expect(list.contains("system: Elektronisk pasientjournal (EPJ) · årsak: Strømbrudd · risiko: høy"), "\(list)")
        #expect(list.contains("\n    Gjentatt avvik: samme system"), "\(list)")
        #expect(list.contains("kostnad: ca. 1,2 mill. kr · godkjent: Administrerende direktør 15.01.2026"), "\(list)")
        let show = try cli.ok(["avvik", "show", id]).stdout
        for part in ["Risiko høy (sannsynlighet høy, konsekvens høy)", "alternativer vurdert: Leie aggregat; for treg levering",
                     "Gjentatt avvik", "Melder: IKT-vakt"] {
            #expect(show.contains(part), "\(part) in \(show)")
        }
        let status = try cli.ok(["status"]).stdout
        #expect(status.contains("Gjentatte avvik (Normen 5.8.1"), "\(status)")
        #expect(status.contains("\(id): Gjentatt avvik"), "\(status)")
    }
}
