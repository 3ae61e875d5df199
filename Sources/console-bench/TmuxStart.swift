import BeredskapConsole
import Foundation
import Glibc

/// The real binary: `beredskap console` started in a tmux pane of the given size, timed until the frame's first
/// bytes (the level banner) reach tmux. The pane's shell waits on a FIFO so the timing starts when the bench
/// releases it, not when tmux happens to start it; tmux's `pipe-pane` hands the pane's output to a second FIFO
/// the bench reads, so nothing polls the screen. A capture of the pane afterwards confirms the frame is shown.
struct TmuxStart {
    let binary: String
    let arguments: [String]
    let size: Size
    let scratch: String
    /// Text of the first frame's top row, as bytes on the wire.
    static let banner = "BEREDSKAPSNIV"

    static var isInstalled: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Seconds from releasing the pane's shell (which then execs the binary) to the banner reaching tmux.
    func once(_ index: Int) throws -> Double {
        // A private server whose socket lives in the scratch folder, so nothing is left in tmux's own folder.
        let socket = scratch + "/tmux-\(index)"
        func tmux(_ arguments: [String]) throws { try Spawn.run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments) }
        let gate = scratch + "/gate-\(index)"
        let output = scratch + "/output-\(index)"
        guard mkfifo(gate, 0o600) == 0, mkfifo(output, 0o600) == 0 else { throw BenchFailure("mkfifo in \(scratch) failed") }
        defer {
            try? tmux(["kill-server"])
            unlink(gate)
            unlink(output)
            unlink(socket)
        }
        let program = (["env", "-u", "NO_COLOR", "TERM=tmux-256color", "LANG=C.UTF-8", binary] + arguments).map(Spawn.quoted)
        try tmux(["new-session", "-d", "-s", "bench", "-x", "\(size.columns)", "-y", "\(size.rows)",
                  "read _ < \(Spawn.quoted(gate)); exec \(program.joined(separator: " "))"])
        // Opened before pipe-pane's cat, so cat's open does not wait; bytes written before cat runs wait in its pipe.
        let reader = open(output, O_RDONLY | O_NONBLOCK)
        guard reader >= 0 else { throw BenchFailure("cannot read \(output)") }
        defer { close(reader) }
        try tmux(["pipe-pane", "-t", "bench", "cat > \(Spawn.quoted(output))"])

        let deadline = Date().addingTimeInterval(30)
        var start: UInt64 = 0
        var writer: Int32 = -1
        while writer < 0 {
            guard Date() < deadline else { throw BenchFailure("the pane's shell never opened \(gate)") }
            start = Clock.now()
            writer = open(gate, O_WRONLY | O_NONBLOCK)
            if writer < 0 { usleep(1_000) }
        }
        _ = write(writer, "\n", 1)
        close(writer)

        let marker = Array(Self.banner.utf8)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while received.firstRange(of: marker) == nil {
            guard Date() < deadline else {
                let screen = (try? Spawn.output(["tmux", "-S", socket, "capture-pane", "-p", "-t", "bench"])) ?? ""
                throw BenchFailure("no frame within 30 s; the pane shows:\n\(screen)")
            }
            var descriptor = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
            if count > 0 { received += buffer[0..<count] } else { usleep(1_000) }
        }
        let elapsed = Clock.seconds(since: start)

        var screen = try Spawn.output(["tmux", "-S", socket, "capture-pane", "-p", "-t", "bench"])
        var captures = 1
        while !screen.contains(Self.banner), captures < 100 {
            usleep(20_000)
            screen = try Spawn.output(["tmux", "-S", socket, "capture-pane", "-p", "-t", "bench"])
            captures += 1
        }
        guard screen.contains(Self.banner) else { throw BenchFailure("the banner went by but the pane shows:\n\(screen)") }
        return elapsed
    }

    /// Seconds for `beredskap --help` to start and exit: the process's own start-up, without journal or terminal.
    func processStart() throws -> Double {
        let start = Clock.now()
        try Spawn.run([binary, "--help"])
        return Clock.seconds(since: start)
    }
}
