import Foundation
import Testing

/// An exercise never shows or stores a real phone number: the binder and every printout made for it carry
/// «ØVELSE – ikke ring», and a number given to `call` is refused, not journaled (issue #13).
@Suite struct ExerciseContactsThroughCLITests {
    let printing = PrintThroughCLITests()
    /// A number from the shipped kontakter.yaml.
    let realNumber = "+47 000 10 001"

    @Test func theBinderOfAnExerciseShowsNoRealNumber() throws {
        let cli = try CLI()
        let real = cli.directory.appendingPathComponent("perm.pdf").path
        try printing.print(cli, ["binder", "-o", real])
        #expect(try printing.pages(real).joined().contains(realNumber), "the real binder has the numbers")
        for name in ["øvelsesperm.pdf", "øvelsesperm.txt"] {
            let path = cli.directory.appendingPathComponent(name).path
            try printing.print(cli, ["binder", "--exercise", "natt", "-o", path])
            let text = name.hasSuffix(".pdf") ? try printing.pages(path).joined() : try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("ikke ring"), "\(name) says why there is no number")
            #expect(!text.contains("+47"), "\(name) shows no phone number")
        }
    }

    @Test func aNumberGivenToCallInAnExerciseIsRefusedAndNotJournaled() throws {
        let cli = try CLI()
        let exercise = ["--exercise", "natt"]
        try cli.ok(["init"] + exercise)
        let id = try cli.ok(["open", "--title", "Nettverket nede"] + exercise).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papirrutiner",
                    "--expected-minutes", "300", "--max-outage-minutes", "240"] + exercise)
        try cli.ok(["level", "rød", "--reason", "Øvingen krever det", "--incident", id, "--on-behalf-of", "Anne Bakvakt"] + exercise)
        let call = try cli.run(["call", id, "V1", "--outcome", "nådd", "--number", realNumber] + exercise)
        #expect(call.status == 1)
        #expect(call.stderr.contains("øvelsesjournal lagrer aldri telefonnumre (ØVELSE: ikke ring)"), "\(call.stderr)")
        let journal = cli.directory.appendingPathComponent("ovelser/natt.jsonl").path
        #expect(!(try String(contentsOfFile: journal, encoding: .utf8)).contains("000 10 001"))
        try cli.ok(["call", id, "V1", "--outcome", "nådd"] + exercise)
    }
}
