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
}
