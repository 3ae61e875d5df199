import BeredskapCore
import BeredskapStore
import Foundation
import Testing
@testable import beredskap

/// «Hva nå?» on the command line: Core's list, each item with the command that does it, in `next` and `status`.
@Suite struct NextThroughCLITests {
    @Test func eachItemNamesTheCommandThatDoesIt() throws {
        let journal = try InProcess.Journal()
        let fresh = NextActionLine.list(try journal.store().state, now: Date(), journalArguments: " --journal /j")
        #expect(fresh.map(\.command) == [#"beredskap open --title "HVA SOM ER NEDE" --detected-by "HVEM" --journal /j"#])

        try journal.run(["open", "--title", "EPJ utilgjengelig"])
        let id = try #require(try journal.store().state.incidents.first?.id)
        let detected = NextActionLine.list(try journal.store().state, now: Date(), incident: id)
        #expect(detected.first?.command.hasPrefix("beredskap triage \(id) --system SYSTEM --category KATEGORI") == true, "\(detected)")

        try journal.run(["triage", id.rawValue, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        let triaged = NextActionLine.list(try journal.store().state, now: Date()).map(\.command)
        #expect(triaged.contains("beredskap level gul --reason \"BEGRUNNELSE\" --incident \(id)"), "\(triaged)")
        #expect(triaged.contains("beredskap call \(id) V1 --outcome nådd"), "\(triaged)")
        #expect(triaged.contains { $0.hasPrefix("beredskap step \(id) ") }, "the critical steps of the phase, by id")
    }

    @Test func statusShowsTheFirstItemsAndPointsAtTheRest() throws {
        let journal = try InProcess.Journal()
        try journal.run(["open", "--title", "EPJ utilgjengelig"])
        let store = try journal.store()
        let id = try #require(store.state.incidents.first?.id)
        try journal.run(["triage", id.rawValue, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        try journal.run(["phase", id.rawValue, "håndteres"])
        try journal.run(["call", id.rawValue, "V1", "--outcome", "ikke-svar"])
        let (now, utc) = (Date(), try #require(TimeZone(secondsFromGMT: 0)))
        let triaged = try journal.store()
        let next = NextActionLine.list(triaged.state, now: now)
        #expect(next.count > 5, "enough items that some are left to `beredskap next`")
        let text = StatusSummary(store: triaged, now: now).text(now: now, timeZone: utc, next: next)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex(of: "Hva nå?"))
        #expect(lines[heading + 1] == next[0].text(number: 1, timeZone: utc).split(separator: "\n").first.map(String.init))
        #expect(lines[heading + 2] == "   → " + next[0].command)
        #expect(text.contains("5. [\(id)]") && !text.contains("6. [\(id)]"))
        #expect(text.contains("… og \(next.count - 5) til: `beredskap next`"))
        #expect(heading < lines.firstIndex { $0.hasPrefix("\(id)  EPJ utilgjengelig") } ?? -1, "«Hva nå?» before the incidents")
    }

    @Test func anUnknownIncidentIsRefused() throws {
        let journal = try InProcess.Journal()
        #expect(throws: Refusal.unknownIncident("H-1999-001")) { try journal.run(["next", "H-1999-001"]) }
    }

    /// Spawned: what a person at 03:00 types first, and what a scripted `status --json` reads.
    @Test func aFreshJournalSaysHowToOpenAndATriagedOneNamesTheLevelDecision() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let fresh = try cli.ok(["next"]).stdout
        #expect(fresh.contains("1. Ingen åpne hendelser. Noe nede? Opprett en hendelse\n   → beredskap open --title"), "\(fresh)")
        #expect(fresh.contains("--journal \(cli.directory.path)"), "the command runs against the same journal as typed")

        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig"]).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        let triaged = try cli.ok(["next", id]).stdout
        #expect(triaged.contains("Beslutt beredskapsnivå; vurderingen foreslår GUL (2c)\n   → beredskap level gul --reason"), "\(triaged)")

        let items = try #require(try cli.status()["nextActions"] as? [[String: Any]])
        #expect(items.contains { ($0["command"] as? String)?.hasPrefix("beredskap level gul") == true && $0["incident"] as? String == id })
        #expect(try cli.status()["openIncidents"] as? [[String: Any]] != nil, "the summary's own keys stay beside it")
    }
}
