import Foundation
import Testing

/// A tabletop exercise on two terminals: the facilitator starts a scenario at tempo 2 and releases an inject, which
/// shows in the participant's console without a key pressed there; the participant acts; the facilitator reads an
/// inject whole, assesses, pauses (with a reason) and resumes the clock, notes an observation, ends the exercise,
/// holds the hot wash (an answer to the scenario's question and an area for improvement), evaluates it with a
/// lesson and a corrective action, and reads it all back in the notes. The real journal is never created.
@Suite(.serialized) struct ExerciseEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-ovelse-\(UUID().uuidString)")

    func global(_ operatorName: String) -> [String] {
        ["--journal", directory.path, "--exercise", "vann1", "--playbooks", Outage.playbooks, "--operator", operatorName]
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is installed by scripts/deps"))
    func facilitatorAndParticipant() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try Tmux.output(of: Tmux.binary, ["init"] + global("leder")).status == 0)
        let tmux = Tmux()
        try tmux.start("leder", columns: 120, rows: 32, ["console", "--facilitator"] + global("leder"))
        try tmux.waitFor("Ingen øvelse er startet", in: "leder")
        try tmux.type("leder", "+")
        try tmux.waitFor("Hvilket scenario?", in: "leder")
        try tmux.type("leder", "vann")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Tempo (2 spiller to planlagte timer på én)", in: "leder")
        try tmux.type("leder", "2")
        try tmux.waitFor("ved tempo 2 tar den 45 min", in: "leder")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("FORFALT", in: "leder")
        try tmux.waitFor("kjører · tempo 2", in: "leder")
        try tmux.type("leder", "i")
        try tmux.waitFor("Innspill i1", in: "leder")
        try tmux.waitFor("rommet er normal.", in: "leder")
        try tmux.press("leder", "Escape")

        try tmux.start("vakt", columns: 120, rows: 32, ["console"] + global("ola"))
        try tmux.waitFor("ØVELSE", in: "vakt")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("sluppet", in: "leder")
        try tmux.waitFor("Innspill fra øvingsleder", in: "vakt")
        try tmux.waitFor("Alarm: fuktsensor under gulvet i datarom A", in: "vakt")

        try tmux.type("vakt", "n")
        try tmux.type("vakt", "Fuktalarm i datarom A")
        try tmux.press("vakt", "Enter")
        try tmux.waitFor("fase: oppdaget", in: "vakt")

        try tmux.type("leder", "e")
        try tmux.waitFor("Hvilken forventning?", in: "leder")
        for answer in ["", "delvis", "Teknisk vakt ble ikke ringt"] {
            try tmux.type("leder", answer)
            try tmux.press("leder", "Enter")
        }
        try tmux.waitFor("[delvis oppfylt] Teknisk vakt ringes straks", in: "leder")
        try tmux.type("leder", "h")
        try tmux.waitFor("Hvorfor pause?", in: "leder")
        try tmux.type("leder", "Spørsmål fra salen")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("PAUSE", in: "leder")
        try tmux.waitFor("ØVELSE · PAUSE", in: "vakt")
        try tmux.type("leder", "h")
        try tmux.waitFor("kjører", in: "leder")
        try tmux.type("leder", "c")
        try tmux.type("leder", "Rolig og god rolleavklaring")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Gjelder observasjonen innspillet?", in: "leder")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Observasjon: Rolig og god rolleavklaring", in: "leder")
        try tmux.type("leder", "c")
        try tmux.type("leder", "Stengeventilen var ikke merket")
        try tmux.press("leder", "Enter")
        try tmux.type("leder", "Nei")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("2 notater (u)", in: "leder")  // the pause and the observation tied to no inject
        // ENDEX cannot be taken back: it is confirmed first, and every participant's header then says so.
        try tmux.type("leder", "d")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Avslutte øvelsen nå (ENDEX)?", in: "leder")
        try tmux.type("leder", "ja")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("ØVELSE · ENDEX", in: "leder")
        try tmux.waitFor("ØVELSE · ENDEX", in: "vakt")
        try tmux.type("leder", "w")
        try tmux.waitFor("Hva gjelder punktet?", in: "leder")
        try tmux.waitFor("ikke besvart ennå", in: "leder")
        for answer in ["Forbedring", "Teknisk vakt må stå først på ringelisten"] {
            try tmux.type("leder", answer)
            try tmux.press("leder", "Enter")
        }
        try tmux.waitFor("3 notater (u)", in: "leder")
        try tmux.type("leder", "w")
        try tmux.waitFor("Hva gjelder punktet?", in: "leder")
        for answer in ["Svar på 1", "Sensoren varslet, men ingen visste hvem som eide alarmen"] {
            try tmux.type("leder", answer)
            try tmux.press("leder", "Enter")
        }
        try tmux.waitFor("4 notater (u)", in: "leder")
        try tmux.type("leder", "E")
        try tmux.waitFor("Hva lærte vi?", in: "leder")
        for answer in ["Alarmen trenger en eier", "Gi fuktalarmen en eier", "Driftssjef", "30"] {
            try tmux.type("leder", answer)
            try tmux.press("leder", "Enter")
        }
        try tmux.waitFor("Øvelsen evaluert: 1 læringspunkt, 1 tiltak", in: "leder")
        try tmux.type("leder", "u")
        try tmux.waitFor("Notater og hot wash", in: "leder")
        try tmux.waitFor("Spørsmål fra salen", in: "leder")
        try tmux.waitFor("Stengeventilen var ikke merket", in: "leder")
        try tmux.waitFor("– Sensoren varslet, men ingen visste hvem som eide alarmen", in: "leder")
        for _ in 0..<3 { try tmux.press("leder", "Down") }
        try tmux.waitFor("F1 Gi fuktalarmen en eier (Driftssjef, frist", in: "leder")
        try tmux.press("leder", "Escape")
        try tmux.type("leder", "q")
        try tmux.type("vakt", "q")

        let report = try Tmux.output(of: Tmux.binary, ["exercise", "report"] + global("leder")).stdout
        #expect(report.contains("delvis"))
        #expect(report.contains("Rolig og god rolleavklaring"))
        #expect(report.contains("Teknisk vakt må stå først på ringelisten"))
        #expect(report.contains("– Sensoren varslet, men ingen visste hvem som eide alarmen"), "the answer under its question")
        #expect(report.contains("| F1 | Gi fuktalarmen en eier | Driftssjef |"))
        #expect(report.contains("| Tempo | 2: planlagt 1 t 30 min spilt på 45 min |"))
        #expect(try Tmux.output(of: Tmux.binary, ["verify"] + global("leder")).status == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("beredskap.jsonl").path))
    }
}
