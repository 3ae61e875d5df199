@testable import BeredskapPlaybooks
import Testing

/// A level's or category's call list names each contact once.
@Suite struct NotifyListTests {
    @Test func theSameContactTwiceInOneListIsAWarningAtTheCopy() throws {
        let copy = try PlaybookCopy()
        try copy.replace("nivaer.yaml", "      - contact: it-vakt\n        within: 15m\n",
                         with: "      - contact: it-vakt\n        within: 15m\n      - contact: it-vakt\n        within: 30m\n")
        let report = copy.load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let warning = try #require(report.warnings.first { $0.message.contains("står to ganger") })
        #expect(warning.file == "nivaer.yaml" && warning.line == 15, "the copy is blamed: \(warning)")
        #expect(warning.message.contains("«it-vakt»"))
        let yellow = try #require(report.organisation?.levels.first { $0.level == .yellow })
        #expect(yellow.notify.map(\.contact) == ["it-vakt"], "called once")
    }
}
