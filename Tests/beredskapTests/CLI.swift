import Foundation
import Testing
@testable import beredskap

/// Runs the real `beredskap` binary from the build directory against a journal in a fresh temporary directory.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
    }

    let directory: URL
    var operatorName = "kari"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("beredskap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/beredskap")
    }

    /// The shipped demo organisation, found from this file's place in the repository.
    static let playbooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Playbooks").path

    /// Subcommands that only hold subcommands of their own (`beredskap avvik register ...`).
    static let commandGroups = Set(Beredskap.configuration.subcommands.filter { !$0.configuration.subcommands.isEmpty }.map { $0._commandName })

    /// `beredskap SUBCOMMAND --journal DIR --operator NAME --playbooks DIR ARGS`, for every subcommand that takes them;
    /// an option in ARGS comes later and so wins over these.
    @discardableResult
    func run(_ arguments: [String], global: Bool = true, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        let defaults = global ? ["--journal", directory.path, "--operator", operatorName, "--playbooks", Self.playbooks] : []
        let path = Self.commandGroups.contains(arguments.first ?? "") ? 2 : 1
        process.arguments = Array(arguments.prefix(path)) + defaults + arguments.dropFirst(path)
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "Europe/Oslo"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs and expects exit code 0, returning stdout.
    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(arguments)
        #expect(result.status == 0, "beredskap \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    var journalPath: String { directory.appendingPathComponent("beredskap.jsonl").path }

    /// `status --json`, parsed.
    func status() throws -> [String: Any] {
        let result = try ok(["status", "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The ids of the outstanding notifications of the first open incident.
    func outstandingNotifications() throws -> [String] {
        let incidents = try status()["openIncidents"] as? [[String: Any]] ?? []
        let duties = incidents.first?["outstandingNotifications"] as? [[String: Any]] ?? []
        return duties.compactMap { $0["id"] as? String }
    }
}
