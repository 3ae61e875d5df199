@testable import BeredskapPlaybooks
import Testing

/// A procedure naming no system is chosen by its category only where no affected system has a procedure of its
/// own; lint explains when that can never happen (#18).
@Suite struct CategoryOnlyProcedureTests {
    func copy(everySystemNamed: Bool) throws -> PlaybookCopy {
        let copy = try PlaybookCopy()
        let original = try copy.read("prosedyrer/epj-nede.yaml")
        let general = original.replacingOccurrences(of: "id: epj-nede", with: "id: skadevare-generell")
            .replacingOccurrences(of: "systems: [epj]", with: "systems: []")
        try copy.write("prosedyrer/skadevare-generell.yaml", general)
        if everySystemNamed {
            try copy.replace("prosedyrer/epj-nede.yaml", "systems: [epj]", with: "systems: [epj, ad, print]")
        }
        return copy
    }

    @Test func neverChosenWhenEverySystemHasItsOwn() throws {
        let report = try copy(everySystemNamed: true).load()
        let warning = try #require(report.warnings.first { $0.message.contains("«skadevare-generell» velges aldri") })
        #expect(warning.file == "prosedyrer/skadevare-generell.yaml" && warning.line == 6, "\(warning)")
        #expect(warning.hint?.contains("«systems»") == true)
    }

    @Test func noWordWhileSomeSystemHasNone() throws {
        let report = try copy(everySystemNamed: false).load()
        #expect(!report.warnings.contains { $0.message.contains("velges aldri") })
    }
}
