import BeredskapCore
import Crypto
import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("The valid fixture loads into the expected organisation")
struct ValidFixtureTests {
    let report = PlaybookLoader.load(directory: validFixture.path, now: fixtureNow)

    @Test func loadsWithoutDiagnostics() throws {
        #expect(report.diagnostics == [])
        let organisation = try #require(report.organisation)
        #expect(organisation.name == "Fiktivt sykehus HF")
        #expect(organisation.classification == "Intern")
        #expect(report.organisation?.version == "2026.1")
        #expect(report.organisation?.fictional == true)
        #expect(organisation.contactMaxAgeDays == 180)
        #expect(organisation.exerciseIntervalDays == 365)
    }

    @Test func countsEveryRegister() throws {
        let organisation = try #require(report.organisation)
        #expect(organisation.classes.count == 3)
        #expect(organisation.systems.map(\.id) == ["epj", "ad", "print"])
        #expect(organisation.contacts.count == 2)
        #expect(organisation.roles.count == 2)
        #expect(organisation.levels.map(\.level) == [.green, .yellow, .red])
        #expect(organisation.categories.count == 2)
        #expect(organisation.forms.count == 1)
        #expect(organisation.templates.count == 2)
        #expect(organisation.procedures.map(\.id) == ["epj-nede"])
    }

    @Test func systemsCarryClassDependenciesAndMaxOutage() throws {
        let organisation = try #require(report.organisation)
        let epj = try #require(organisation.system("epj"))
        #expect(epj.classID == "k1")
        #expect(epj.vendor == "leverandor-epj")
        #expect(epj.dependsOn == ["ad"])
        #expect(organisation.maxOutage(of: "epj") == .hours(4))
        #expect(organisation.maxOutage(of: "print") == Minutes(3 * 1440))
        #expect(organisation.criticalityClass("k4")?.rank == 4)
    }

    @Test func contactsLevelsAndCategories() throws {
        let organisation = try #require(report.organisation)
        let vendor = try #require(organisation.contact("leverandor-epj"))
        #expect(vendor.external)
        #expect(vendor.phones == ["+47 22 00 00 10"])
        #expect(vendor.age(at: fixtureNow) == 28)
        let red = try #require(organisation.level(.red))
        #expect(red.notify == [NotifyRule(contact: "it-vakt", within: Minutes(5)), NotifyRule(contact: "leverandor-epj", within: Minutes(30))])
        #expect(red.tasks == [TaskTemplate(title: "Kall inn krisestaben", role: "krisestabsleder", within: Minutes(30))])
        #expect(red.roles == ["krisestabsleder", "loggforer"])
        #expect(organisation.category("skadevare")?.notify == [NotifyRule(contact: "leverandor-epj", within: .hours(1))])
        #expect(organisation.category("bortfall")?.notify == [])
        #expect(organisation.form("papirjournal")?.serialPrefix == "EPJ")
        #expect(organisation.templates.first?.audience == .staff)
        #expect(organisation.templates.first?.text.hasPrefix("{virksomhet} har bortfall") == true)
    }

    @Test func procedureStepsByPhaseWithCriticalFirst() throws {
        let procedure = try #require(report.organisation?.procedure("epj-nede"))
        #expect(procedure.title == "Nøddrift ved bortfall av EPJ")
        #expect(procedure.version == "3")
        #expect(procedure.mode == .withoutIT)
        #expect(procedure.systems == ["epj"])
        #expect(procedure.categories == ["bortfall", "skadevare"])
        #expect(procedure.factsheetSteps == ["2a", "2f"])
        #expect(procedure.forms == ["papirjournal"])
        #expect(procedure.documents.count == 1)
        #expect(procedure.steps.mapValues { $0.map(\.id) } == [
            .detected: ["o1"], .responding: ["h1", "h2"], .restoring: ["g1"], .reEntry: ["a1"],
        ])
        #expect(procedure.checklist(for: .responding).map(\.id) == ["h2", "h1"])
        let h1 = try #require(procedure.steps[.responding]?.first)
        #expect(h1 == Step(id: "h1", text: "Del ut papirjournal med løpenummer", role: "loggforer", within: nil,
                           kind: .doConfirm, critical: false))
        #expect(procedure.steps[.detected]?.first?.within == Minutes(5))
        #expect(procedure.steps[.detected]?.first?.kind == .readDo)
    }

    @Test func contentHashIsTheSHA256OfTheFileBytes() throws {
        let procedure = try #require(report.organisation?.procedure("epj-nede"))
        let bytes = try Data(contentsOf: validFixture.appendingPathComponent("prosedyrer/epj-nede.yaml"))
        let expected = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(procedure.contentHash == expected)
        #expect(procedure.contentHash.count == 64)
        #expect(procedure.ref == ProcedureRef(id: "epj-nede", contentHash: expected))
    }

    @Test func contentHashChangesWhenTheFileChanges() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "på minst to", with: "på minst tre")
        let changed = try #require(copy.load().organisation?.procedure("epj-nede"))
        let original = try #require(report.organisation?.procedure("epj-nede"))
        #expect(changed.contentHash != original.contentHash)
        let bytes = try Data(contentsOf: copy.url.appendingPathComponent("prosedyrer/epj-nede.yaml"))
        #expect(changed.contentHash == SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined())
    }
}
