import Foundation
import Testing

/// Communication from the command line, on the demo organisation's templates.
@Suite struct MessageThroughCLITests {
    @Test func aStaffMessageIsDraftedApprovedBySomeoneElseAndSent() throws {
        var cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig"]).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        let draft = try cli.ok(["message", "draft", id, "ansatte-driftsstans", "--to", "Alle ansatte", "--next", "23:59",
                                "--contact", "+47 000 10 001"]).stdout
        #expect(draft.contains("EPJ utilgjengelig"))
        #expect(!draft.contains("{"), "every placeholder filled: \(draft)")
        #expect(try cli.run(["message", "send", id, "M1", "--channel", "Intranett"]).stderr.contains("ikke godkjent"))
        try cli.ok(["phase", id, "håndteres"])
        try cli.ok(["message", "list", id])
        _ = try cli.ok(["log", id, "Krisestab satt"])
        let refusal = try cli.run(["message", "approve", id, "M1"])
        #expect(refusal.stderr.contains("krisestabsleder"), "\(refusal.stderr)")
        #expect(try cli.run(["role", "sjef", "--person", "anne"]).stderr.contains("Fant ingen rolle"))
        try cli.ok(["role", "krisestabsleder", "--person", "anne"])
        cli.operatorName = "anne"
        try cli.ok(["message", "approve", id, "M1"])
        try cli.ok(["message", "send", id, "M1", "--channel", "Intranett"])
        #expect(try cli.ok(["message", "list", id]).stdout.contains("M1 [sendt]"))
    }
}
