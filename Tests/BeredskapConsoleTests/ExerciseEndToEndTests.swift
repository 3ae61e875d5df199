import Foundation
import Testing

/// A tabletop exercise on two terminals: the facilitator starts a scenario and releases an inject, which shows in
/// the participant's console without a key pressed there; the participant acts; the facilitator assesses, pauses and resumes
/// the clock, notes an observation and ends the exercise. The real journal is never created.
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
        try tmux.waitFor("FORFALT", in: "leder")

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
        try tmux.waitFor("PAUSE", in: "leder")
        try tmux.waitFor("ØVELSE · PAUSE", in: "vakt")
        try tmux.type("leder", "h")
        try tmux.waitFor("kjører", in: "leder")
        try tmux.type("leder", "c")
        try tmux.type("leder", "Rolig og god rolleavklaring")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Observasjon: Rolig og god rolleavklaring", in: "leder")
        // ENDEX cannot be taken back: it is confirmed first, and every participant's header then says so.
        try tmux.type("leder", "d")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("Avslutte øvelsen nå (ENDEX)?", in: "leder")
        try tmux.type("leder", "ja")
        try tmux.press("leder", "Enter")
        try tmux.waitFor("ØVELSE · ENDEX", in: "leder")
        try tmux.waitFor("ØVELSE · ENDEX", in: "vakt")
        try tmux.type("leder", "w")
        try tmux.waitFor("Spørsmål til diskusjon:", in: "leder")
        for answer in ["Forbedring", "Teknisk vakt må stå først på ringelisten"] {
            try tmux.type("leder", answer)
            try tmux.press("leder", "Enter")
        }
        try tmux.waitFor("hot wash: 1 punkter", in: "leder")
        try tmux.type("leder", "q")
        try tmux.type("vakt", "q")

        let report = try Tmux.output(of: Tmux.binary, ["exercise", "report"] + global("leder")).stdout
        #expect(report.contains("delvis"))
        #expect(report.contains("Rolig og god rolleavklaring"))
        #expect(report.contains("Teknisk vakt må stå først på ringelisten"))
        #expect(try Tmux.output(of: Tmux.binary, ["verify"] + global("leder")).status == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("beredskap.jsonl").path))
    }
}
