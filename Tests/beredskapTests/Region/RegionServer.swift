import Foundation
import PostgresScratch
import Testing

/// One throwaway PostgreSQL cluster per suite: a suite trait starts it before the suite's first test and removes it
/// after the last, also when a test fails; the tests reach it through ``RegionServer/current``.
struct RegionServer: SuiteTrait, TestScoping {
    @TaskLocal static var current: ScratchCluster?

    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        try await Self.$current.withValue(cluster) { try await function() }
    }

    /// The suite's cluster.
    static var cluster: ScratchCluster {
        get throws { try #require(current, "the suite needs the .regionServer trait") }
    }
}

extension Trait where Self == RegionServer {
    /// A throwaway PostgreSQL cluster for the whole suite.
    static var regionServer: RegionServer { RegionServer() }
}
