import BeredskapJSON
import BeredskapJournal
import Foundation
import Glibc

/// A fresh directory under the system temp directory, removed when released.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("\(NSTemporaryDirectory())/journal-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }
}

func fileBytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

/// Replaces the contents of `path` in place (same inode, so open descriptors see the change). Overwrites and
/// then cuts to length, because ext4 flushes a file truncated to zero on close, which makes bit-flip loops slow.
func writeBytes(_ bytes: some Collection<UInt8>, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT, 0o600)
    precondition(fd >= 0, "cannot open \(path)")
    defer { close(fd) }
    let all = Array(bytes)
    var done = 0
    while done < all.count {
        let n = all[done...].withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(done)) }
        precondition(n > 0, "cannot write \(path)")
        done += n
    }
    precondition(ftruncate(fd, off_t(all.count)) == 0, "cannot truncate \(path)")
}

/// Compares file contents without dumping them into the test log on failure.
func same(_ a: [UInt8], _ b: [UInt8]) -> Bool { a == b }

func fileMode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o777
}

/// 2025-03-14T03:07:00.000Z plus `seconds`.
func fixedDate(_ seconds: Double = 0) -> Date {
    Date(timeIntervalSince1970: 1_741_921_620 + seconds)
}

func note(_ i: Int, operatorName: String = "ikt-vakt", at date: Date = fixedDate()) -> RecordDraft {
    RecordDraft(registered: date, operatorName: operatorName, type: "test.note", data: ["i": .int(Int64(i))])
}

/// Offsets just after each newline of `bytes`.
func lineBoundaries(_ bytes: [UInt8]) -> [Int] {
    bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
}

/// The journal-writer executable built beside the test bundle: the nearest directory, walking up from this
/// test process's executable, that holds it.
func journalWriterPath() throws -> String {
    var directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
    for _ in 0..<6 {
        directory.deleteLastPathComponent()
        let candidate = directory.appendingPathComponent("journal-writer").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw TestFailure("journal-writer not found near \(ProcessInfo.processInfo.arguments[0]); build it first")
}

/// docs/JOURNAL.md, found from this source file's path (the package root is two levels above Tests/…/).
func journalSpecification() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("docs/JOURNAL.md"), encoding: .utf8)
}

/// The contents of the first fenced block in `markdown` that follows `heading` and opens with `fence`.
func fencedBlock(in markdown: String, after heading: String, fence: String = "```") throws -> String {
    guard let section = markdown.range(of: heading),
          let open = markdown.range(of: "\n\(fence)\n", range: section.upperBound..<markdown.endIndex),
          let close = markdown.range(of: "\n```\n", range: open.upperBound..<markdown.endIndex)
    else { throw TestFailure("no \(fence) block after \(heading) in docs/JOURNAL.md") }
    return String(markdown[open.upperBound..<close.lowerBound]) + "\n"
}

/// The sample verifier in Python from docs/JOURNAL.md section 11.
func sampleVerifier() throws -> String {
    try fencedBlock(in: try journalSpecification(), after: "### A verifier", fence: "```python")
}

/// Whether `/usr/bin/python3` is there to run the sample verifier.
let pythonIsInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

/// Runs `python3 script journal`; its standard output and error together.
func python(_ script: String, _ journal: String) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [script, journal]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A running journal-writer whose stdout and stderr go to files (no pipes, so a killed child never leaves a
/// reader waiting for end of file).
final class WriterProcess {
    let process = Process()
    let outPath: String
    let errPath: String

    init(journal: String, arguments: [String], outputIn directory: TemporaryDirectory, tag: String) throws {
        outPath = directory.file("out-\(tag)")
        errPath = directory.file("err-\(tag)")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try journalWriterPath())
        process.arguments = [journal] + arguments
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    func kill() { Glibc.kill(pid, SIGKILL) }

    /// Waits until the process has printed `count` acks or has ended; the short pause only spaces out the looks.
    func waitForAcks(_ count: Int) {
        while process.isRunning, Self.acks(String(decoding: fileBytes(outPath), as: UTF8.self)).count < count {
            usleep(500)
        }
    }

    /// Waits until the process has printed the line `line` or has ended.
    func waitForLine(_ line: String) {
        while process.isRunning, !String(decoding: fileBytes(outPath), as: UTF8.self).contains("\n\(line)\n") {
            usleep(500)
        }
    }

    /// Waits for the process to end; returns its output as text.
    func finish() -> (status: Int32, out: String, err: String) {
        process.waitUntilExit()
        let out = String(decoding: fileBytes(outPath), as: UTF8.self)
        let err = String(decoding: fileBytes(errPath), as: UTF8.self)
        return (process.terminationStatus, out, err)
    }

    /// The seqs printed as `ack <seq>` lines; a last line cut off by a kill does not count.
    static func acks(_ out: String) -> [Int] {
        out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
            line.hasPrefix("ack ") ? Int(line.dropFirst(4)) : nil
        }
    }
}

/// A small deterministic generator, so random kill moments can be replayed from the seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs a system tool (mount, umount, mkfifo, flock) to its end; throws if it fails.
func runTool(_ tool: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw TestFailure("\(tool) \(arguments.joined(separator: " ")) failed") }
}

/// A tmpfs of `kilobytes` mounted on a fresh directory (root only), unmounted when released: a disk that fills up.
final class SmallDisk {
    let directory = TemporaryDirectory()
    var path: String { directory.path }

    init(kilobytes: Int) throws {
        try runTool("mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", directory.path])
    }

    deinit { try? runTool("umount", ["-l", directory.path]) }

    /// Writes a filler file until the disk is full (ENOSPC); returns its path.
    @discardableResult
    func fill() -> String {
        let filler = "\(path)/filler"
        let fd = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd) }
        for size in [65_536, 4_096, 1] {
            let chunk = [UInt8](repeating: 0x2E, count: size)
            while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == size {}
        }
        return filler
    }
}

/// Whether this test process may mount file systems; tests that need it skip otherwise (CI runs as root).
let isRoot = getuid() == 0
