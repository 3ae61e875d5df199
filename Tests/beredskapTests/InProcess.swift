import ArgumentParser
import BeredskapStore
import Foundation
import Testing
@testable import beredskap

/// `beredskap ARGS` parsed in process the way `main.swift` parses it, so parsing, usage errors and help are
/// checked without spawning the binary (swift-argument-parser's own test helpers are not a product we can use).
enum InProcess {
    /// The command the arguments parse to; the test fails when they do not parse, or parse to another command.
    static func parse<Command: ParsableCommand>(_ arguments: [String], as command: Command.Type,
                                                sourceLocation: SourceLocation = #_sourceLocation) throws -> Command {
        let parsed: ParsableCommand
        do {
            parsed = try Beredskap.parse(commandLine: arguments)
        } catch {
            Issue.record("beredskap \(arguments.joined(separator: " ")): \(Beredskap.fullMessage(for: error))", sourceLocation: sourceLocation)
            throw error
        }
        return try #require(parsed as? Command, "parsed as \(type(of: parsed))", sourceLocation: sourceLocation)
    }

    /// The message of the usage error the arguments end in, which `main.swift` turns into exit code 2; the test
    /// fails when they parse.
    static func usageError(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            let parsed = try Beredskap.parse(commandLine: arguments)
            Issue.record("beredskap \(arguments.joined(separator: " ")) parsed as \(type(of: parsed))", sourceLocation: sourceLocation)
            return ""
        } catch {
            #expect(Beredskap.exitCode(for: error) == .validationFailure, "\(error)", sourceLocation: sourceLocation)
            return Beredskap.fullMessage(for: error)
        }
    }

    /// The help screen of a command, wide enough that no line of ours wraps.
    static func help(for command: ParsableCommand.Type = Beredskap.self) -> String {
        Beredskap.helpMessage(for: command, columns: 250)
    }

    /// A journal in a fresh temporary directory, written and read by commands run in this process with the shipped
    /// playbooks: for what a command records, without spawning the binary.
    struct Journal {
        let directory: URL

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-inprocess-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try run(["init"])
        }

        var globalArguments: [String] { ["--journal", directory.path, "--operator", "kari", "--playbooks", CLI.playbooks] }

        /// `beredskap ARGS` run here; what it prints goes to the test's output.
        func run(_ arguments: [String]) throws {
            var command = try Beredskap.parseAsRoot(arguments + globalArguments)
            try command.run()
        }

        /// The journal as the commands read it.
        func store() throws -> IncidentStore {
            try InProcess.parse(["status"] + globalArguments, as: StatusCommand.self).global.openStore()
        }
    }
}
