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
    /// The playbooks every command gets (the shipped demo unless a test uses a copy of its own).
    var playbooksDirectory = CLI.playbooks

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The configuration directory the binary is given: the signing key lives there, outside the journal folder.
    var configDirectory: String { directory.path + "-config" }

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
    /// With `fileSizeBlocks`, the binary runs under `ulimit -f` of that many 512-byte blocks.
    @discardableResult
    func run(_ arguments: [String], global: Bool = true, environment: [String: String] = [:], fileSizeBlocks: Int? = nil) throws -> Result {
        let process = process(arguments, global: global, environment: environment)
        if let fileSizeBlocks {
            process.arguments = ["-c", "ulimit -f \(fileSizeBlocks) && exec \"$0\" \"$@\"", Self.binary.path] + (process.arguments ?? [])
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
        }
        return try Tool.capture(process)
    }

    /// The binary with the global options and the test's environment, not yet started.
    private func process(_ arguments: [String], global: Bool = true, environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = Self.binary
        let defaults = global ? ["--journal", directory.path, "--operator", operatorName, "--playbooks", playbooksDirectory] : []
        let path = Self.commandGroups.contains(arguments.first ?? "") ? 2 : 1
        process.arguments = Array(arguments.prefix(path)) + defaults + arguments.dropFirst(path)
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "Europe/Oslo"
        // The signing key and checkpoint witnesses go beside the journal's folder, never in the user's own.
        env["XDG_CONFIG_HOME"] = configDirectory
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    /// A command left running, its output going to files (so a hung one never leaves a reader waiting for the end).
    final class Running {
        let process: Process
        let outPath: String
        let errPath: String
        /// How long a command may take before it counts as hung: generous, as other builds share the machine. It
        /// bounds a hang only; no test asserts how fast something happens.
        static let hangLimit: TimeInterval = 60

        init(_ process: Process, in directory: URL) throws {
            self.process = process
            let tag = UUID().uuidString
            outPath = directory.appendingPathComponent("out-\(tag)").path
            errPath = directory.appendingPathComponent("err-\(tag)").path
            FileManager.default.createFile(atPath: outPath, contents: nil)
            FileManager.default.createFile(atPath: errPath, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: outPath)
            process.standardError = FileHandle(forWritingAtPath: errPath)
            try process.run()
        }

        private func text(_ path: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }

        /// Waits until standard error contains `text` (or the command ends, or hangs); returns standard error.
        func waitForStandardError(containing text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
            let deadline = Date().addingTimeInterval(Self.hangLimit)
            while Date() < deadline {
                let err = self.text(errPath)
                if err.contains(text) || !process.isRunning { return err }
                usleep(10_000)
            }
            Issue.record("«\(text)» did not appear within \(Self.hangLimit) s", sourceLocation: sourceLocation)
            return self.text(errPath)
        }

        /// Waits for the command to end; one that hangs is killed and recorded as a failure.
        func finish(sourceLocation: SourceLocation = #_sourceLocation) -> Result {
            let deadline = Date().addingTimeInterval(Self.hangLimit)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if process.isRunning {
                Issue.record("the command hung for \(Self.hangLimit) s", sourceLocation: sourceLocation)
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: text(outPath), stderr: text(errPath))
        }
    }

    /// Starts a command and returns at once.
    func start(_ arguments: [String]) throws -> Running {
        try Running(process(arguments), in: directory)
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
