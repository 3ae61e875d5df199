import Foundation
import Testing

/// The real binary in tmux through a whole outage, the way an on-call person would do it from the screen alone:
/// open, triage from the register, GUL, the calls, RØD, a task and a krisestab role, the checklist, paper forms,
/// control and restoration, re-entry of the paper, a refused close that says what is missing, and the close past
/// what is left undone, with its reason and the level lowered to normal drift. Every step waits for what the screen says.
@Suite(.serialized) struct WholeOutageTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-helnatt-\(UUID().uuidString)")
    let tmux = Tmux()
    let pane = "vakt"

    var global: [String] {
        ["--journal", directory.path, "--exercise", "helnatt", "--playbooks", Outage.playbooks, "--operator", "kari"]
    }

    /// Keys typed literally, then optionally a named key such as Enter.
    func keys(_ text: String, then key: String? = nil) throws {
        if !text.isEmpty { try tmux.type(pane, text) }
        if let key { try tmux.press(pane, key) }
    }

    /// Answers the open dialog's questions in turn: each is typed text (or a filter over the choices) and Enter.
    func answer(_ answers: String...) throws {
        for answer in answers { try keys(answer, then: "Enter") }
    }

    /// The number in «Varsling for H-… (N gjenstår)».
    func outstanding(in screen: String) throws -> Int {
        let line = try #require(screen.split(separator: "\n").first { $0.contains("gjenstår)") })
        let number = line.split(separator: "(").last?.split(separator: " ").first
        return try #require(number.flatMap { Int($0) })
    }

    @discardableResult
    func see(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try tmux.waitFor(text, in: pane, sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func fromFirstAlarmToClosed() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global).status == 0)
        try tmux.start(pane, columns: 120, rows: 36, ["console"] + global)
        try see("BEREDSKAPSNIVÅ NORMAL DRIFT")

        // Open and triage: the register shows what else goes down, and suggests a level.
        try keys("n")
        try answer("EPJ svarer ikke på sengepostene")
        try see("fase: oppdaget")
        try keys("r")
        try see("Hvilke systemer er nede?")
        try keys("EPJ", then: "Space")
        try see("[x] Elektronisk pasientjournal (EPJ)")
        try see("Også rammet via avhengigheter:")
        try keys("", then: "Enter")
        try answer("teknisk", "", "Ingen tilgang til journal og kurve; papir brukes", "3t")
        try see("fase: vurdert")

        // GUL, decided by phone by administrativ bakvakt and entered on her behalf; she then leads the krisestab.
        try keys("s")
        try see("(foreslått)")
        try answer("GUL", "EPJ nede på alle sengeposter")
        try see("Ingen har rollen Krisestabsleder")
        try answer("Anne Bakvakt")
        try see("BEREDSKAPSNIVÅ GUL")
        try keys("g")
        try keys("u")
        try answer("Krisestabsleder", "Anne Bakvakt", "")
        try see("Krisestabsleder (beredskapsleder): Anne Bakvakt")
        try keys("o")
        try keys("f")
        try answer("", "")
        try see("fase: håndteres")

        // Calls: no answer, then reached; a call with a note; one not to be notified, with the reason.
        try keys("v")
        // The count is waited for too: a screen captured while the console is still drawing can hold the title alone.
        try see("Varsling for H-2026-001")
        let before = try outstanding(in: see("gjenstår)"))
        try keys("2")
        try see("ikke svar")
        try keys("1")
        try see("(\(before - 1) gjenstår)")
        try keys("c")
        try answer("nådd", "Kommer inn innen en time")
        try see("nådd: Kommer inn innen en time")

        // RØD when it drags on: more calls, tasks and roles follow.
        try keys("s")
        try answer("RØD", "Ingen prognose fra leverandør")
        try see("du fører den inn på vegne av: Anne Bakvakt")
        try answer("")
        try see("BEREDSKAPSNIVÅ RØD")

        // A task done, and the log keeper appointed.
        try keys("g")
        try see("Oppgaver for H-2026-001")
        try keys("", then: "Enter")
        try answer("Gjort fra vakttelefonen")
        try see("utført")
        try keys("u")
        try answer("Loggfører", "Ola Logg", "")
        try see("Loggfører: Ola Logg")

        // The checklist: ticked with who and when.
        try keys("k")
        try see("Sjekkliste for fase «håndteres»")
        try keys("", then: "Enter")
        let ticked = try see("Steg kvittert:")
        #expect(ticked.split(separator: "\n").contains { $0.contains("[x]") && $0.contains("✓") && $0.contains("kari") },
                "the ticked step says who ticked it: \(ticked)")

        // Paper forms out with serials.
        try keys("p")
        try keys("+")
        try answer("Medikamentkurve", "2", "Sengepost 3B")
        try see("MK-0002")

        // Control, restoration, restored.
        try keys("f")
        try answer("Leverandøren bekrefter feilen og at ingen data er tapt", "")
        try see("situasjonsforståelse bekreftet: Leverandøren bekrefter feilen")
        try keys("f")
        try answer("")
        try see("fase: gjenopprettes")
        try keys("f")
        try answer("")
        try see("fase: ajourføres")

        // Closing too early is refused, in words, and the dialog says beforehand what is missing.
        try keys("f")
        try see("Dette hindrer lukking:")
        try answer("For tidlig", "Følges opp", "", "Test", "")
        try see("Avvist:")
        try keys("", then: "Escape")

        // Re-entry: every form returned, entered and checked.
        try keys("p")
        for _ in 0..<3 { try keys("", then: "Enter") }
        try see("1 kontrollert")
        try keys("", then: "Down")
        try keys("x")
        try answer("Ikke brukt, makulert")
        try see("frafalt: Ikke brukt, makulert")

        // Every remaining call made: each «nådd» brings the count down by one, and the cursor to the next.
        try keys("v")
        var left = try outstanding(in: see("gjenstår)"))
        while left > 0 {
            try keys("1")
            try see("(\(left - 1) gjenstår)")
            left -= 1
        }

        // Now it closes as a DO-CONFIRM: what is left undone is listed, closing past it needs a reason, and the last
        // open incident brings the level decision, down to normal drift.
        try keys("f")
        try see("Neste fase: avsluttet")
        try see("å lukke forbi dem krever en begrunnelse")
        try answer("EPJ tilbake 05:10; papir ført inn og kontrollert")
        try see("Hvorfor lukkes den med åpne punkter?")
        try answer("Gjenstående steg følges opp av linjeledelsen")
        try see("Beredskapsnivå når siste hendelse lukkes")
        try answer("normal", "Ingen åpne hendelser", "")
        try see("fase: avsluttet")
        try see("BEREDSKAPSNIVÅ NORMAL DRIFT")

        // Phase 7: what was learnt, and a corrective action that stays open until it is closed.
        try keys("f")
        try see("Neste fase: evaluert")
        try answer("Ringelisten var utdatert; papirkurvene fungerte", "Oppdater ringelisten", "Beredskapskoordinator", "30")
        try see("Evaluert: 2 læringspunkt, 1 tiltak")
        try keys("q")

        let verify = try Tmux.output(of: Tmux.binary, ["verify"] + global)
        #expect(verify.status == 0)
        // The console signed checkpoints of the phase changes in its idle moments (the last one at the latest on quitting).
        let signed = verify.stdout.firstMatch(of: /Kontrollpunkter: (\d+) av (\d+) stemmer/)
        #expect(signed.map { $0.1 == $0.2 && Int($0.1)! >= 1 } == true, "\(verify.stdout)")
        let timeline = try Tmux.output(of: Tmux.binary, ["timeline"] + global).stdout
        let actions = try Tmux.output(of: Tmux.binary, ["action", "list"] + global).stdout
        #expect(actions.contains("Oppdater ringelisten"), "the corrective action is open: \(actions)")
        for expected in ["Kommer inn innen en time", "Ola Logg", "MK-0002", "avsluttet"] {
            #expect(timeline.contains(expected), "the journal holds «\(expected)»")
        }
    }
}
