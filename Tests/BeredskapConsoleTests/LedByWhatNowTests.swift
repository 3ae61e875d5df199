import Foundation
import Testing

/// The real binary in tmux through a whole EPJ outage on the shipped playbooks, driven only by what «Hva nå?» says:
/// at each stage the test reads the selected (first) item, presses Enter on the overview and answers the questions
/// its dialog asks, until the incident is evaluated. It fails if the overview ever leaves the next step unnamed,
/// and prints how many keys it took besides the typed answers.
@Suite(.serialized) struct LedByWhatNowTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-hva-na-\(UUID().uuidString)")
    let tmux = Tmux()
    let pane = "leder"
    static let size = (columns: 132, rows: 43)

    var global: [String] {
        ["--journal", directory.path, "--exercise", "hva-na", "--playbooks", Outage.playbooks, "--operator", "kari"]
    }

    /// What a person would type for each question, found by the start of its prompt.
    static let answers: [(prompt: String, text: String)] = [
        ("Ny hendelse, hva er nede?", "EPJ svarer ikke på sengepostene"),
        ("Hva slags hendelse?", "teknisk"),
        ("Alvorlighetsgrad", ""),
        ("Konsekvens for pasienter og drift", "Ingen tilgang til journal og kurve; papir brukes"),
        ("Forventet varighet", "3t"),
        ("Nytt beredskapsnivå", ""),
        ("Begrunnelse for nivået", "Som vurderingen foreslår"),
        // Reserved decisions (roller.yaml): by phone from administrativ bakvakt until a krisestab lead is appointed,
        // then on the lead's behalf, whose name is filled in.
        ("Hvem tok beslutningen?", "Anne Bakvakt"),
        ("Beslutningen er tatt av", ""),
        ("Hvordan gikk samtalen?", ""),
        ("Notat (hva ble sagt", ""),
        ("Merknad (tomt for ingen)", ""),
        ("Hvem har rollen?", "Ola Nordmann"),
        ("Hva viser at dere har kontroll?", "Leverandøren kjenner årsaken; ingen tegn til angrep"),
        ("Oppsummering", "EPJ tilbake; papiret ført inn"),
        ("Hvorfor lukkes den med åpne punkter?", "Følges opp av linjeledelsen dagen etter"),
        ("Beredskapsnivå når siste hendelse lukkes", "normal"),
        ("Hva lærte vi?", "Ringelisten var utdatert; papirkurvene fungerte"),
        ("Korrigerende tiltak", "Oppdater ringelisten"),
        ("Tiltaksansvarlig", "Beredskapskoordinator"),
        ("Frist for tiltaket", "30"),
    ]

    /// Named keys pressed (Enter, Space), not counting the text typed into answers.
    final class Presses: @unchecked Sendable { var count = 0 }
    let presses = Presses()

    func press(_ key: String) throws {
        presses.count += 1
        try tmux.press(pane, key)
    }

    func lines() throws -> [String] { try tmux.screen(pane).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Polls the screen until `done` holds; fails the test with the screen after the hang limit.
    @discardableResult
    func waitUntil(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ done: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(Tmux.hangLimit)
        var shown: [String] = []
        while Date() < deadline {
            shown = try lines()
            if done(shown) { return shown }
            usleep(20_000)
        }
        Issue.record("\(what) did not happen; the screen:\n\(shown.joined(separator: "\n"))", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// The number in the last «lagret nr. N» message, 0 before anything is saved.
    /// Whether the header says the incident is evaluated (the evaluation dialog's title says where it goes, not this).
    static func isEvaluated(_ lines: [String]) -> Bool {
        lines.count > 1 && lines[1].trimmingCharacters(in: .whitespaces).hasSuffix("fase: evaluert")
    }

    static func lastSaved(_ lines: [String]) -> Int {
        guard let line = lines.last(where: { $0.contains("lagret nr. ") }),
              let range = line.range(of: "lagret nr. ") else { return 0 }
        return Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    /// The selected «Hva nå?» item: the key shown for it and its title.
    static func selectedItem(_ lines: [String]) -> (key: String, title: String)? {
        guard let heading = lines.firstIndex(where: { $0.hasPrefix(" Hva nå?") }), lines.indices.contains(heading + 1) else { return nil }
        let row = Array(lines[heading + 1])
        guard row.count > 27, String(row[1...2]) == "▶ " || row[1] == "▶" else { return nil }
        let key = String(row[3..<8]).trimmingCharacters(in: .whitespaces)
        let title = String(row[27...]).trimmingCharacters(in: .whitespaces)
        return key.isEmpty || title.isEmpty ? nil : (key, title)
    }

    /// Answers the open dialog, question by question, until it is saved.
    func answerDialog(savedBefore: Int) throws {
        while true {
            let shown = try lines()
            let footer = shown[Self.size.rows - 1]
            if !footer.contains("Esc avbryter") {
                #expect(Self.lastSaved(shown) > savedBefore, "the dialog closed without saving:\n\(shown.joined(separator: "\n"))")
                return
            }
            let input = shown[Self.size.rows - 2].trimmingCharacters(in: .whitespaces)
            let prompt = input.isEmpty ? (shown.first { $0.contains("(skriv for å søke)") } ?? "").trimmingCharacters(in: .whitespaces) : input
            let step = footer.range(of: #"\(\d+/\d+\)"#, options: .regularExpression).map { String(footer[$0]) }
            if prompt.hasPrefix("Hvilke systemer er nede?") {
                try tmux.type(pane, "EPJ")
                try press("Space")
            } else {
                let answer = try #require(Self.answers.first { prompt.hasPrefix($0.prompt) },
                                          "a question the test has no answer for: «\(prompt)»\n\(shown.joined(separator: "\n"))")
                if !answer.text.isEmpty { try tmux.type(pane, answer.text) }
            }
            try press("Enter")
            // The next question (its step number moves on), the save, or a refusal.
            try waitUntil("an answer to «\(prompt)» taken") { now in
                let footer = now[Self.size.rows - 1]
                let stepNow = footer.range(of: #"\(\d+/\d+\)"#, options: .regularExpression).map { String(footer[$0]) }
                return Self.lastSaved(now) > savedBefore || now.contains { $0.contains("Avvist:") || $0.contains("Skriv noe") }
                    || (footer.contains("Esc avbryter") && stepNow != step)
            }
            let after = try lines()
            if let refusal = after.first(where: { $0.contains("Avvist:") }) {
                Issue.record("refused: \(refusal)")
                throw CancellationError()
            }
        }
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func aWholeOutageLedByWhatNow() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global).status == 0)
        try tmux.start(pane, columns: Self.size.columns, rows: Self.size.rows, ["console"] + global)
        try tmux.waitFor("BEREDSKAPSNIVÅ NORMAL DRIFT", in: pane)
        var stages: [String] = []
        for _ in 0..<200 {
            let shown = try waitUntil("the overview's «Hva nå?»") { $0.contains { $0.hasPrefix(" Hva nå?") } }
            if Self.isEvaluated(shown) { break }
            #expect(!shown.contains { $0.contains("Ingenting haster") })
            let item = try #require(Self.selectedItem(shown), "«Hva nå?» names no next step:\n\(shown.joined(separator: "\n"))")
            stages.append("\(item.key) \(item.title)")
            let saved = Self.lastSaved(shown)
            try press("Enter")
            // A step is ticked at once; everything else opens its dialog.
            let opened = try waitUntil("«\(item.title)» done or asked for") { now in
                Self.lastSaved(now) > saved || now[Self.size.rows - 1].contains("Esc avbryter")
            }
            if opened[Self.size.rows - 1].contains("Esc avbryter") { try answerDialog(savedBefore: saved) }
        }
        let end = try lines()
        #expect(Self.isEvaluated(end), "never evaluated; the stages were:\n\(stages.joined(separator: "\n"))")
        print("«Hva nå?» led a whole EPJ outage in \(presses.count) key presses besides typed answers, \(stages.count) actions:\n"
              + stages.joined(separator: "\n"))
        #expect(stages.first?.hasPrefix("n ") == true, "with nothing open, the first thing is to open an incident")
        #expect(stages.contains { $0.hasPrefix("r ") } && stages.contains { $0.hasPrefix("f Lukk") }
                && stages.contains { $0.hasPrefix("f Evaluer") })
        try tmux.press(pane, "q")
        let verify = try Tmux.output(of: Tmux.binary, ["verify"] + global)
        #expect(verify.status == 0)
    }
}
