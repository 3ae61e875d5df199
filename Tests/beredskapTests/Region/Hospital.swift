import BeredskapJournal
import Foundation
import Testing

/// A hospital for the region's tests: its own journal directory and a copy of the demo playbooks under its own
/// name, driven through the real `beredskap` binary.
struct Hospital {
    let cli: CLI
    let name: String

    init(_ name: String) throws {
        self.name = name
        var cli = try CLI()
        let playbooks = cli.directory.appendingPathComponent("Playbooks")
        try FileManager.default.copyItem(atPath: CLI.playbooks, toPath: playbooks.path)
        let file = playbooks.appendingPathComponent("organisasjon.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: #"(?m)^name: .*$"#, with: "name: \"\(name)\"", options: .regularExpression)
            .write(to: file, atomically: true, encoding: .utf8)
        cli.playbooksDirectory = playbooks.path
        self.cli = cli
        try cli.ok(["init"])
    }

    /// An outage of `systems` from `day` 03:00, restored after `minutes`, left open in re-entry; the first one
    /// (`raise`) raises the level to red.
    @discardableResult
    func outage(day: String, minutes: Int, systems: [String] = ["epj"], raise: Bool = true, exercise: String? = nil) throws -> String {
        let journal = exercise.map { ["--exercise", $0] } ?? []
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig", "--at", "\(day) 03:00"] + journal).lastLine
        try cli.ok(["triage", id, "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papirrutiner",
                    "--affects", "tilgjengelighet", "--max-outage-minutes", "60"] + systems.flatMap { ["--system", $0] } + journal)
        if raise { try cli.ok(["level", "rød", "--reason", "Over maksimal avbruddstid", "--incident", id, "--on-behalf-of", "Anne Bakvakt"] + journal) }
        try cli.ok(["phase", id, "håndteres"] + journal)
        try cli.ok(["control", id, "Årsak kjent", "--on-behalf-of", "Anne Bakvakt"] + journal)
        try cli.ok(["phase", id, "gjenopprettes"] + journal)
        let restored = Date(timeInterval: TimeInterval(minutes * 60), since: try #require(Self.time("\(day) 03:00")))
        try cli.ok(["phase", id, "ajourføres", "--at", Self.format(restored)] + journal)
        return id
    }

    /// `beredskap sync CONNECTION` for this hospital's real journal (or `--exercise NAME`).
    @discardableResult
    func sync(_ connection: String, exercise: String? = nil, batch: Int? = nil) throws -> CLI.Result {
        try cli.run(["sync", connection] + (exercise.map { ["--exercise", $0] } ?? []) + (batch.map { ["--batch", String($0)] } ?? []))
    }

    /// The journal file's lines, each without its newline.
    func lines(exercise: String? = nil) throws -> [Data] {
        let path = exercise.map { cli.directory.appendingPathComponent("ovelser/\($0).jsonl").path } ?? cli.journalPath
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    var journalID: String {
        get throws { try #require(JournalReader.header(path: cli.journalPath)).id.uuidString }
    }

    private static func time(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)
    }

    private static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
