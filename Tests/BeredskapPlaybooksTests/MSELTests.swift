import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

/// The inject list (MSEL) as CSV: the shipped scenario goes out to a spreadsheet and back unchanged, and a
/// hand-written file with mistakes is checked the way lint checks YAML, at file:line:column, writing nothing.
@Suite struct MSELTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func demo() throws -> Organisation {
        let report = PlaybookLoader.load(directory: DemoOrganisationTests.directory, now: now)
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(report.organisation)
    }

    @Test func theExportIsWhatNorwegianExcelOpens() throws {
        let scenario = try #require(try demo().scenario("skadevare-natt"))
        let csv = MSELExport.csv(scenario)
        #expect(csv.hasPrefix("\u{FEFF}\"innspill\";\"tid\";\"til\";\"fra\";\"tekst\";\"forventning\";\"forventet handling\";\"mål\"\r\n"))
        #expect(csv.contains("\r\n\"i3\";\"T+20\";\"teknisk-ansvarlig\";\"Driftsleverandørens driftssenter\";"))
        #expect(csv.contains("\r\n\"i3\";\"\";\"\";\"\";\"\";\"f6\";"), "a second expected action has the inject's id and nothing else of it")
        #expect(csv.split(separator: "\r\n").count == 1 + scenario.expectations.count)
    }

    @Test func exportThenImportGivesTheSameScenario() throws {
        let organisation = try demo()
        for scenario in organisation.scenarios {
            let result = MSELImport.read(MSELExport.csv(scenario), path: "msel.csv", scenario: scenario, organisation: organisation)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.injects == scenario.injects, "\(scenario.id)")
        }
    }

    @Test func importRewritesOnlyTheInjectsOfTheScenarioFile() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("msel-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: DemoOrganisationTests.directory), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let organisation = try demo()
        var scenario = try #require(organisation.scenario("skadevare-natt"))
        let file = copy.appendingPathComponent("ovelser/skadevare-natt.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)

        // Unchanged: the file comes back byte for byte, comments and all.
        let same = MSELImport.read(MSELExport.csv(scenario), path: "msel.csv", scenario: scenario, organisation: organisation)
        guard case .written = ScenarioInjectsFile.replace(injectsOf: scenario.id, with: try #require(same.injects),
                                                          playbooks: copy.path, now: now) else { Issue.record("not written"); return }
        #expect(try String(contentsOf: file, encoding: .utf8) == original)

        // Edited in the spreadsheet: a new text with quotes and a line break (exported as ␊), a later time.
        scenario.injects[0].text = "Ring oss \"straks\".\nDette er HelseCERT."
        scenario.injects[0].at = Minutes(5)
        let edited = MSELImport.read(MSELExport.csv(scenario), path: "msel.csv", scenario: scenario, organisation: organisation)
        guard case .written = ScenarioInjectsFile.replace(injectsOf: scenario.id, with: try #require(edited.injects),
                                                          playbooks: copy.path, now: now) else { Issue.record("not written"); return }
        let reloaded = try #require(PlaybookLoader.load(directory: copy.path, now: now).organisation?.scenario(scenario.id))
        #expect(reloaded.injects == scenario.injects)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix(original.prefix(upTo: try #require(original.range(of: "injects:")).lowerBound)))
        #expect(text.hasSuffix(original.suffix(from: try #require(original.range(of: "questions:")).lowerBound)))
    }

    @Test func aHandWrittenFileWithMistakesIsReportedAtEachCellAndNothingIsRead() throws {
        let organisation = try demo()
        let scenario = try #require(organisation.scenario("skadevare-natt"))
        let csv = """
            innspill;tid;til;fra;tekst;forventning;forventet handling;mål
            i1;T+0;ikt-vakt;HelseCERT;Vi ser trafikk.;f1;Hendelsen opprettes;m1
            i2;ti;iktvakt;Sengepost 5A;Svart skjerm.;f2;Isolere;m9
            i3;T+20;teknisk-ansvarlig;Driftssenteret;;f3;Isolering;m3
            i1;T+30;ikt-vakt;HelseCERT;Igjen.;;;
            i4;T+40;krisestabsleder;"Klinikksjef "ringer";Avlyse?;f1;Vurdere;m4
            i5;T+50;krisestabsleder;Klinikksjef;"Dette blir aldri lukket;;;

            """
        let result = MSELImport.read(csv, path: "plan.csv", scenario: scenario, organisation: organisation)
        #expect(result.injects == nil)
        func expect(_ line: Int, _ column: Int, _ words: [String], hint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
            let found = result.diagnostics.filter { $0.line == line && $0.column == column && $0.file == "plan.csv" }
            #expect(found.count == 1, "at \(line):\(column): \(result.diagnostics)", sourceLocation: sourceLocation)
            for word in words { #expect(found.first?.message.contains(word) == true, "\(found)", sourceLocation: sourceLocation) }
            if let hint { #expect(found.first?.hint?.contains(hint) == true, "\(found)", sourceLocation: sourceLocation) }
        }
        expect(3, 4, ["ugyldig tid «ti»"], hint: "T+20")
        expect(3, 7, ["ukjent rolle «iktvakt»"], hint: "mente du «ikt-vakt»?")
        expect(3, 53, ["ukjent øvingsmål «m9»"], hint: "mente du «m1»?")
        expect(4, 42, ["«tekst» er tom"])
        expect(5, 1, ["innspillet «i1» står allerede på rad 2"])
        expect(6, 39, ["tekst etter det avsluttende anførselstegnet"], hint: "\"\"")
        expect(6, 55, ["forventningen «f1» står allerede på rad 2"])
        expect(7, 37, ["aldri lukket"])
        let text = result.diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("plan.csv:3:7: feil: ukjent rolle «iktvakt»") }, "\(text)")
    }

    @Test func theReaderKeepsQuotedSeparatorsLineBreaksAndQuotesAndTakesCommasFromOtherSpreadsheets() {
        let table = CSVTable("\u{FEFF}a,b\r\n\"x, y\",\"line one\nline \"\"two\"\"\"\r\n\r\nlast,\n")
        #expect(table.separator == ",")
        #expect(table.problems.isEmpty)
        #expect(table.records.map { $0.cells.map(\.text) } == [["a", "b"], ["x, y", "line one\nline \"two\""], ["last", ""]])
        #expect(table.records.map(\.line) == [1, 2, 5])
    }

    @Test func theHeaderMustNameEveryColumn() throws {
        let organisation = try demo()
        let scenario = try #require(organisation.scenario("skadevare-natt"))
        let result = MSELImport.read("innspill;tid;til;fra;tekts;forventning;forventet handling\n", path: "plan.csv",
                                     scenario: scenario, organisation: organisation)
        #expect(result.diagnostics.map(\.description) == [
            "plan.csv:1:1: feil: kolonnene «tekst», «mål» mangler (tips: første rad er overskriftene: innspill;tid;til;fra;tekst;forventning;forventet handling;mål)",
            "plan.csv:1:22: feil: ukjent kolonne «tekts» (tips: mente du «tekst»?)",
        ])
    }
}

