import Foundation
import Testing

/// `beredskap print` end to end: real PDFs from the real binary, read back with poppler and qpdf.
@Suite struct PrintThroughCLITests {
    /// `beredskap print KIND --journal … --operator … --playbooks … ARGS`: the global options go after the kind.
    @discardableResult
    func print(_ cli: CLI, _ arguments: [String], environment: [String: String] = [:], expectSuccess: Bool = true,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Result {
        let global = ["--journal", cli.directory.path, "--operator", cli.operatorName, "--playbooks", CLI.playbooks]
        let result = try cli.run(["print", arguments[0]] + global + arguments.dropFirst(), global: false, environment: environment)
        if expectSuccess {
            #expect(result.status == 0, "print \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// Runs a poppler or qpdf tool and returns its standard output.
    func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func pages(_ path: String) throws -> [String] {
        let info = try tool("pdfinfo", [path]).output
        let count = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        return try (1...count).map { try tool("pdftotext", ["-enc", "UTF-8", "-f", "\($0)", "-l", "\($0)", path, "-"]).output }
    }

    @Test func binderIsSoundAndEveryPageSaysWhatItIs() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("nødperm.pdf").path
        let result = try print(cli, ["binder", "-o", path])
        let pages = try pages(path)
        #expect(result.stdout.contains("Skrev \(path) (\(pages.count) sider)."))
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Side \(index + 1) av \(pages.count)"), "page \(index + 1)")
            #expect(page.contains("Fjordvik helseforetak") && page.contains("Fiktiv virksomhet") && page.contains("Intern"), "page \(index + 1)")
            #expect(page.contains("Eksemplar 1 av 1"), "page \(index + 1)")
            #expect(!page.contains("ØVELSE"), "page \(index + 1)")
        }
        let all = pages.joined()
        for section in ["Kontaktliste", "Systemregister", "Beredskapsnivåer og varsling", "Papirskjema (blanke)", "Fase: Oppdaget"] {
            #expect(all.contains(section), "\(section)")
        }
    }

    @Test func exerciseOutputHasØvelseOnEveryPage() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("sjekkliste.pdf").path
        try print(cli, ["checklist", "epj-uten-is", "--exercise", "tabletop", "--copies", "2", "-o", path])
        let pages = try pages(path)
        #expect(pages.count >= 4 && pages.count % 2 == 0)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("ØVELSE"), "page \(index + 1)")
            #expect(page.contains("epj-uten-is · versjon 2026.1 · sjekksum"), "page \(index + 1)")
            #expect(page.contains("Eksemplar \(index < pages.count / 2 ? 1 : 2) av 2"), "page \(index + 1)")
        }
    }

    @Test func textFormatFollowsTheFileNameAndHoldsTheSameSteps() throws {
        let cli = try CLI()
        let text = cli.directory.appendingPathComponent("sjekkliste.txt").path
        let pdf = cli.directory.appendingPathComponent("sjekkliste.pdf").path
        try print(cli, ["checklist", "strombrudd", "-o", text])
        try print(cli, ["checklist", "strombrudd", "-o", pdf])
        let written = try String(contentsOfFile: text, encoding: .utf8)
        #expect(written.contains("[ ] 1. "))
        #expect(!written.hasPrefix("%PDF"))
        let letters = { (text: String) in String(text.filter { !$0.isWhitespace && $0 != "-" }) }
        let pdfText = letters(try pages(pdf).joined())
        let yaml = try String(contentsOfFile: CLI.playbooks + "/prosedyrer/strombrudd.yaml", encoding: .utf8)
        let steps = yaml.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "text: \"")?.upperBound, let end = line[start...].firstIndex(of: "\"") else { return nil }
            return String(line[start..<end])
        }
        #expect(steps.count > 10)
        for step in steps {
            #expect(letters(written).contains(letters(step)), "\(step)")
            #expect(pdfText.contains(letters(step)), "\(step)")
        }
    }

    @Test func formsPrintedInAnIncidentAreExactlyTheSerialsRecorded() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig"]).lastLine
        let first = cli.directory.appendingPathComponent("skjema1.pdf").path
        let second = cli.directory.appendingPathComponent("skjema2.pdf").path
        try print(cli, ["forms", "journalnotat", "--count", "3", "--incident", id, "--to", "Sengepost 3B", "-o", first])
        try print(cli, ["forms", "journalnotat", "--count", "2", "--incident", id, "--to", "Akuttmottaket", "-o", second])
        let printed = try (pages(first) + pages(second)).map { page in
            try #require(page.firstMatch(of: /Løpenummer: (JN-\d{4})/)).1
        }
        #expect(printed == ["JN-0001", "JN-0002", "JN-0003", "JN-0004", "JN-0005"])
        let incidents = try cli.status()["openIncidents"] as? [[String: Any]] ?? []
        let recorded = incidents.first?["unsettledForms"] as? [String] ?? []
        #expect(recorded == printed.map(String.init))
    }

    @Test func statusReportCarriesTheSealOnEveryPage() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ utilgjengelig", "--detected-by", "Sengepost 3B"]).lastLine
        try cli.ok(["triage", id, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy",
                    "--consequence", "Papirrutiner på alle sengeposter", "--expected-minutes", "300", "--max-outage-minutes", "60"])
        try cli.ok(["level", "rød", "--reason", "Forventet over maksimal avbruddstid", "--incident", id, "--on-behalf-of", "Anne Bakvakt"])
        let path = cli.directory.appendingPathComponent("status.pdf").path
        try print(cli, ["status", id, "-o", path])
        let seal = try cli.ok(["seal"]).lastLine
        let pages = try pages(path)
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("segl \(seal)"), "page \(index + 1): \(seal)")
            #expect(page.contains("Side \(index + 1) av \(pages.count)"))
        }
        let all = pages.joined()
        for part in ["Statusrapport til krisestab", "Beredskapsnivå: RØD", "EPJ utilgjengelig", "Varsling", "Beslutninger",
                     "Siste registreringer i hendelsesloggen", "Åpne oppgaver etter rolle"] {
            #expect(all.contains(part), "\(part)")
        }
    }

    @Test func withoutLpTheFileIsWrittenAndItsPathTold() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("perm.txt").path
        let result = try print(cli, ["checklist", "skadevare", "--printer", "avd3b", "-o", path], environment: ["PATH": cli.directory.path])
        #expect(result.stdout.contains("Skrev \(path)."))
        #expect(result.stdout.contains("Fant ikke `lp`"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func statusOfAnExerciseJournalSaysØvelseOnEveryPage() throws {
        let cli = try CLI()
        try cli.ok(["init", "--exercise", "natt"])
        let id = try cli.ok(["open", "--exercise", "natt", "--title", "Nettverket nede"]).lastLine
        let path = cli.directory.appendingPathComponent("status.pdf").path
        try print(cli, ["status", "--exercise", "natt", "-o", path])
        let pages = try pages(path)
        #expect(pages.joined().contains("\(id): Nettverket nede"))
        for page in pages { #expect(page.contains("ØVELSE")) }
    }

    @Test func unknownProcedureAndFormSayWhatExists() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("x.pdf").path
        let procedure = try print(cli, ["checklist", "finnes-ikke", "-o", path], expectSuccess: false)
        #expect(procedure.status == 1)
        #expect(procedure.stderr.contains("epj-uten-is"))
        let form = try print(cli, ["forms", "finnes-ikke", "-o", path], expectSuccess: false)
        #expect(form.status == 1)
        #expect(form.stderr.contains("journalnotat"))
    }
}
