import BeredskapCore
import BeredskapPlaybooks
import Foundation
import Testing

/// The shipped demo organisation (Playbooks/), loaded once the way the command line loads it.
enum DemoOrganisation {
    /// 24.11.2026 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_514_400)
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Playbooks").path

    static func load() throws -> Organisation {
        let report = PlaybookLoader.load(directory: directory, now: now)
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(report.organisation)
    }
}
