import Foundation
import Testing
@testable import BeredskapCore
@testable import BeredskapPlaybooks

@Suite("Exercise scenarios in ovelser/: read into the organisation, checked with file:line like every playbook")
struct ScenarioTests {
    static let file = "ovelser/epj-ovelse.yaml"

    @Test func theValidScenarioIsRead() throws {
        let organisation = try #require(PlaybookLoader.load(directory: validFixture.path, now: fixtureNow).organisation)
        let scenario = try #require(organisation.scenario("epj-ovelse"))
        #expect(scenario.title == "EPJ nede på dagtid")
        #expect(scenario.duration == .hours(1))
        #expect(scenario.procedures == ["epj-nede"])
        #expect(scenario.objectives.map(\.factsheet) == [["2f"], ["2c"]])
        #expect(scenario.participants.map(\.role) == ["krisestabsleder", "loggforer"])
        #expect(scenario.injects.map(\.at) == [Minutes(0), Minutes(20)], "0m is the start of the exercise clock")
        #expect(scenario.injects[0].expectations.map(\.objective) == ["m1"])
        #expect(scenario.questions == ["Hva fungerte med papirjournalen?"])
        #expect(scenario.contentHash.count == 64)
    }

    @Test func theShippedScenariosLintCleanAndCoverTheFourKinds() throws {
        let playbooks = validFixture.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Playbooks")
        let report = PlaybookLoader.load(directory: playbooks.path, now: fixtureNow)
        #expect(report.diagnostics.filter { $0.file.hasPrefix("ovelser/") } == [])
        let scenarios = try #require(report.organisation?.scenarios)
        #expect(Set(scenarios.map(\.id)).isSuperset(of: ["skadevare-natt", "helsenett-bortfall", "epj-leverandor-dagtid", "vannlekkasje-datarom"]))
        for scenario in scenarios {
            #expect(scenario.injects.count >= 5, "\(scenario.id)")
            #expect(scenario.objectives.allSatisfy { objective in scenario.expectations.contains { $0.objective == objective.id } }, "\(scenario.id)")
        }
        #expect(scenarios.first { $0.id == "skadevare-natt" }?.injects.first?.from.contains("HelseCERT") == true)
    }

    /// `start_time` is optional; written, it is a time of day, read as text whatever YAML 1.1 makes of `01:50`.
    @Test func aStartTimeIsReadAndABadOneNamedWithItsLine() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "duration: 1h\n", with: "duration: 1h\nstart_time: 01:50\n")
        let scenario = try #require(copy.load().organisation?.scenario("epj-ovelse"))
        #expect(scenario.startTime == TimeOfDay(hour: 1, minute: 50))
        #expect(scenario.clockTime(20 * 60).description == "T+20 (02.10 i scenariet)")

        try copy.replace(Self.file, "start_time: 01:50", with: "start_time: \"25:10\"")
        let report = copy.load()
        expectDiagnostic(report, file: Self.file, line: 5, column: 13, message: ["ugyldig klokkeslett «25:10» i «start_time»"],
                         hint: ["TT:MM"])
        #expect(report.errors.count == 1)
    }

    @Test func unknownRoleProcedureAndFactsheetStep() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "procedures: [epj-nede]", with: "procedures: [epj-ned]")
        try copy.replace(Self.file, "factsheet: [2f]", with: "factsheet: [2z]")
        try copy.replace(Self.file, "    to: krisestabsleder", with: "    to: krisestab")
        let report = copy.load()
        expectDiagnostic(report, file: Self.file, line: 5, column: 14, message: ["ukjent prosedyre «epj-ned»"], hint: ["epj-nede"])
        expectDiagnostic(report, file: Self.file, line: 9, column: 17, message: ["ukjent punkt «2z»", "øvingsmålet «m1»"], hint: ["2a–2k"])
        expectDiagnostic(report, file: Self.file, line: 31, column: 9, message: ["ukjent rolle «krisestab»"], hint: ["roller.yaml"])
        expectDiagnostic(report, .warning, file: Self.file, line: 31, column: 9, message: ["innspillet «i2»", "ikke er blant deltakerne"])
        #expect(report.errors.count == 3)
        #expect(report.organisation == nil)
    }

    @Test func expectationForAnUnknownObjectiveAndAnObjectiveNothingTests() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "        objective: m2", with: "        objective: m3")
        let report = copy.load()
        expectDiagnostic(report, file: Self.file, line: 37, column: 20, message: ["ukjent øvingsmål «m3»"], hint: ["«m1»"])
        expectDiagnostic(report, .warning, file: Self.file, line: 10, column: 9, message: ["øvingsmålet «m2»", "kan ikke evalueres"])
        #expect(report.errors.count == 1)
    }

    @Test func duplicateIdsMissingFieldsAndAnInjectAfterTheEnd() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "  - id: i2\n    at: 20m", with: "  - id: i1\n    at: 2h")
        try copy.replace(Self.file, "start_situation: Tirsdag kl. 10.00, full drift.\n", with: "")
        let report = copy.load()
        expectDiagnostic(report, file: Self.file, line: 1, column: 1, message: ["scenariet «epj-ovelse» mangler feltet «start_situation»"])
        expectDiagnostic(report, file: Self.file, line: 28, column: 9, message: ["innspillet «i1» er definert flere ganger"], hint: [Self.file + ":19"])
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("etter at øvelsen er planlagt slutt") })
    }

    @Test func zeroIsOnlyTheStartAndEveryTimeNeedsAUnit() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "    at: 20m", with: "    at: 20")
        expectDiagnostic(copy.load(), file: Self.file, line: 30, column: 9, message: ["ugyldig varighet «20»"], hint: ["«20m»"])
    }

    @Test func aPatientIdentityNumberInAnInjectIsAnError() throws {
        let copy = try PlaybookCopy()
        try copy.replace(Self.file, "    text: EPJ svarer ikke.", with: "    text: Pasient 01015010033 får ikke medisin.")
        expectDiagnostic(copy.load(), file: Self.file, line: 24, column: 11, message: ["fødselsnummer"], hint: ["Normen 2.3"])
    }

    @Test func brokenYAMLInTheFolderIsReportedAndOtherFilesWarned() throws {
        let copy = try PlaybookCopy()
        try copy.write("ovelser/ny.yaml", "[ this is : not even valid YAML")
        try copy.write("ovelser/notat.txt", "utkast")
        let report = copy.load()
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.file == "ovelser/ny.yaml")
        expectDiagnostic(report, .warning, file: "ovelser/notat.txt", line: 0, message: ["leses ikke"], hint: ["øvelsesscenarier"])
    }

    @Test func theFolderIsOptional() throws {
        let copy = try PlaybookCopy()
        try FileManager.default.removeItem(at: copy.url.appendingPathComponent("ovelser"))
        let report = copy.load()
        #expect(report.diagnostics == [])
        #expect(report.organisation?.scenarios == [])
    }
}
