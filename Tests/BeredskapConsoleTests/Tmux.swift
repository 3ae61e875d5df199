import Foundation
import Testing

/// A private tmux server (own -L socket, no config) running the real `beredskap` binary at a fixed size, in UTF-8,
/// with TERM=tmux-256color. Waits for text on screen instead of sleeping.
final class Tmux {
    static var isInstalled: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `beredskap` next to the test bundle in the build directory (as beredskapTests' CLI finds it).
    static var binary: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("beredskap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return ".build/debug/beredskap"
    }

    let socket = "beredskap-e2e-\(UUID().uuidString.prefix(8))"

    deinit { _ = try? run(["kill-server"]) }

    /// Starts a detached session running `arguments` (the binary's) in a `columns` x `rows` window, with colour
    /// unless `environment` says otherwise (the test runner may set NO_COLOR for its own output).
    func start(_ session: String, columns: Int = 100, rows: Int = 30, environment: [String] = [], _ arguments: [String]) throws {
        try run(["new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)", Self.command(environment, arguments)])
    }

    /// Starts the binary from a shell that prints `before` first and `AVSLUTTET <exit status>` after, then stays.
    func startInShell(_ session: String, before: String, environment: [String] = [], _ arguments: [String]) throws {
        let script = "echo \(before); \(Self.command(environment, arguments)); echo AVSLUTTET $?; sleep 60"
        try run(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", script])
    }

    /// A tmux format for the session's pane, e.g. `#{alternate_on}`.
    func display(_ session: String, _ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format], capturing: true).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func command(_ environment: [String], _ arguments: [String]) -> String {
        (["env", "-u", "NO_COLOR", "TERM=tmux-256color", "LANG=C.UTF-8", "TZ=Europe/Oslo"] + environment + [binary] + arguments)
            .map(quoted).joined(separator: " ")
    }

    func type(_ session: String, _ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }
    func press(_ session: String, _ key: String) throws { try run(["send-keys", "-t", session, key]) }
    func resize(_ session: String, columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen(_ session: String) throws -> String { try run(["capture-pane", "-p", "-t", session], capturing: true) }
    /// The screen with its attributes and colours as escape sequences.
    func styledScreen(_ session: String) throws -> String { try run(["capture-pane", "-p", "-e", "-t", session], capturing: true) }

    /// How long a wait may take before the program counts as hung: generous, as other builds share the machine.
    /// It bounds a hang only; no test asserts how fast something appears.
    static let hangLimit: TimeInterval = 60

    /// Waits until the screen shows `text`; returns the screen, or fails the test with what was shown instead.
    @discardableResult
    func waitFor(_ text: String, in session: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(Self.hangLimit)
        var shown = ""
        while Date() < deadline {
            shown = try screen(session)
            if shown.contains(text) { return shown }
            usleep(20_000)
        }
        Issue.record("«\(text)» did not appear within \(Self.hangLimit) s; the screen:\n\(shown)", sourceLocation: sourceLocation)
        return shown
    }

    /// Runs a tmux command. A command that starts the server is spawned directly and waited for with waitpid:
    /// the server inherits the client's descriptors, so Foundation's Process would wait for the server to exit.
    @discardableResult
    private func run(_ arguments: [String], capturing: Bool = false) throws -> String {
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        guard capturing else {
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0)
            }
            var cArguments = argv.map { strdup($0) } + [nil]
            defer { cArguments.forEach { free($0) } }
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["XDG_CONFIG_HOME"] = Tmux.configDirectory
            environment.removeValue(forKey: "TMUX")
            var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { cEnvironment.forEach { free($0) } }
            // The server and its panes start with default signal handling and nothing blocked, whatever the test runner has.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            var all = sigset_t()
            sigemptyset(&none)
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var pid: pid_t = 0
            let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, &cEnvironment)
            guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return ""
        }
        return try Self.output(of: "/usr/bin/env", argv).stdout
    }

    /// Consoles and commands sign and check checkpoints with a key of their own, never one in the user's
    /// configuration directory.
    static let configDirectory = NSTemporaryDirectory() + "beredskap-tmux-config"

    /// Runs the `beredskap` binary to its end, expecting success, and returns its standard output.
    @discardableResult
    static func beredskap(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try output(of: binary, arguments)
        #expect(result.status == 0, "beredskap \(arguments.joined(separator: " ")) failed", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs a program to its end and returns its exit status and standard output (standard error is dropped).
    static func output(of executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": configDirectory]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
