import Foundation
import Testing

/// `beredskap verify --seal` reads a seal as a person copied it from paper (docs/JOURNAL.md section 7), and exits 0
/// only when the sealed line is there and the whole journal verifies.
@Suite struct SealThroughCLITests {
    /// A hand-made journal (the worked example's header and two notes, correctly hashed); seq 1's seal is
    /// `1-TA78-P0WE-GF1G`, chosen for holding both a 0 and a 1.
    static let lines = [
        #"{"seq":0,"format":"beredskap-journal","version":1,"journal":"5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9","kind":"real","created":"2025-03-14T03:07:00.000Z","prev":"0000000000000000000000000000000000000000000000000000000000000000","h":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c"}"#,
        #"{"seq":1,"prev":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c","at":"2025-03-14T03:07:12.345Z","op":"ikt-vakt","type":"log.note","data":{"text":"Segl 0"},"h":"d28e8b038e83c30a445ee078d544f6166d12ae3a7a2cceca9c909c831aadb3ae"}"#,
        #"{"seq":2,"prev":"d28e8b038e83c30a445ee078d544f6166d12ae3a7a2cceca9c909c831aadb3ae","at":"2025-03-14T03:08:00.000Z","op":"ikt-vakt","type":"log.note","data":{"text":"Neste"},"h":"fb6aa518b255637869cebbd671d2314e478d60a786fbb508091556618c3f403e"}"#,
    ]
    static let seal = "1-TA78-P0WE-GF1G"

    /// A CLI whose journal is `lines`, each followed by a newline.
    static func cli(_ lines: [String] = lines) throws -> CLI {
        let cli = try CLI()
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: cli.journalPath))
        return cli
    }

    @Test(arguments: ["1-TA78-P0WE-GF1G", "1-ta78-p0we-gf1g", "1TA78P0WEGF1G", "1-TA78P0WEGF1G", "1 TA78 P0WE GF1G",
                      "1-TA78-POWE-GFIG", "1-ta78-pOwe-gflg", "1-TA78-P0WE-GFLG"])
    func aSealCopiedLooselyIsFound(_ written: String) throws {
        let result = try Self.cli().run(["verify", "--seal", written])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Seglet \(Self.seal) finnes i journalen; 1 registrering er kommet etter det."))
    }

    @Test(arguments: ["1-TA78-P0WE-GF1U", "1-TA78-P0WE-GF1", "TA78-P0WE-GF1G"])
    func whatIsNotASealIsRefusedWithExitOne(_ written: String) throws {
        let result = try Self.cli().run(["verify", "--seal", written])
        #expect(result.status == 1)
        #expect(result.stderr.contains("«\(written)» er ikke et segl"), "\(result.stderr)")
    }

    @Test func damageAfterTheSealedLineIsNamedAndFails() throws {
        var damaged = Self.lines
        damaged[2] = damaged[2].replacingOccurrences(of: "Neste", with: "Nesten")
        let result = try Self.cli(damaged).run(["verify", "--seal", Self.seal])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Seglet \(Self.seal) finnes i journalen, men journalen er skadet etter nr. 1."),
                "\(result.stderr)")
        #expect(result.stderr.contains("FEIL: første problem ved nr. 2"))
    }

    @Test func aSealBeyondTheHeadOrOfAnotherLineFails() throws {
        let beyond = try Self.cli(Array(Self.lines.prefix(1))).run(["verify", "--seal", Self.seal])
        #expect(beyond.status == 1)
        #expect(beyond.stderr.contains("den slutter ved nr. 0"), "\(beyond.stderr)")
        let other = try Self.cli().run(["verify", "--seal", "2-TA78-P0WE-GF1G"])
        #expect(other.status == 1)
        #expect(other.stderr.contains("finnes IKKE i journalen: nr. 2 har segl"), "\(other.stderr)")
    }
}
