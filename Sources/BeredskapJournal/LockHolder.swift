import Foundation

/// A process that holds a `flock` on the journal, as `/proc/locks` names it: told to a person who waits.
public struct LockHolder: Sendable, Hashable {
    public let pid: Int
    /// The holder's command line (arguments joined by spaces), as raw as `/proc/<pid>/cmdline` has it; nil when
    /// it cannot be read. User interfaces make it inert before showing it.
    public let command: String?
    /// True when the holder is stopped (`SIGSTOP`, Ctrl-Z, a frozen session): it will not let go by itself.
    public let isStopped: Bool

    public init(pid: Int, command: String?, isStopped: Bool) {
        self.pid = pid
        self.command = command
        self.isStopped = isStopped
    }

    /// The holders of an exclusive or shared `flock` on the file `status` describes, from `/proc/locks`.
    /// Processes only waiting for the lock (lines marked `->`) are not holders. Empty when none can be found
    /// (another system, or the holder let go meanwhile).
    static func holders(of status: FileStatus) -> [LockHolder] {
        let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        let file = "\(hex(major(status.device))):\(hex(minor(status.device))):\(status.inode)"
        var pids: [Int] = []
        for line in (locks ?? "").split(separator: "\n") {
            // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"; a waiter's line reads "1: -> FLOCK ...".
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == Substring(file), let pid = Int(fields[4]) else { continue }
            if !pids.contains(pid) { pids.append(pid) }
        }
        return pids.map(describe)
    }

    /// What `/proc/<pid>` says of a process.
    static func describe(_ pid: Int) -> LockHolder {
        let arguments = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")))
            .map { $0.split(separator: 0).map { String(decoding: $0, as: UTF8.self) } }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // "4242 (beredskap) T 1 ...": the state follows the command name, which may itself hold spaces and parentheses.
        let state = stat.range(of: ") ", options: .backwards).map { stat[$0.upperBound...].prefix(1) } ?? ""
        return LockHolder(pid: pid, command: arguments.flatMap { $0.isEmpty ? nil : $0.joined(separator: " ") },
                          isStopped: state == "T" || state == "t")
    }

    // The device number as the kernel prints it in /proc/locks (`MAJOR:MINOR`, two hex digits at least).
    private static func major(_ device: UInt64) -> UInt64 { ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff) }
    private static func minor(_ device: UInt64) -> UInt64 { (device & 0xff) | ((device >> 12) & ~0xff) }
    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return digits.count < 2 ? "0" + digits : digits
    }
}

/// What a journal call does while another process holds the lock it needs.
public enum LockWaiting: Sendable {
    /// Waits as long as it takes (the person can abort with Ctrl-C). If the lock is not granted within
    /// `noticeAfter`, `notice` is called once, from another thread, with the processes that hold it.
    case untilGranted(noticeAfter: Duration, notice: @Sendable ([LockHolder]) -> Void)
    /// Tries for at most `limit`, then throws ``JournalError/locked(path:holders:)``. For a screen that must
    /// keep drawing.
    case atMost(Duration)

    /// Waits as long as it takes, saying nothing: for tests and tools run by other programs.
    public static let silently = LockWaiting.untilGranted(noticeAfter: .seconds(2), notice: { _ in })
}
