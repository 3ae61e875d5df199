import BeredskapJournal
import Foundation
import Glibc
import Testing

/// The command line on a journal in trouble, with the real binary: readers never write (read-only media, a full
/// disk, a torn tail), a stopped lock holder is named while the command waits, a file size limit rolls an append
/// back with a message, a damaged journal's export says where it stops and fails, a FIFO is refused at once, and a
/// late entry from before its incident is refused.
@Suite struct JournalHonestyThroughCLITests {
    /// A journal with an open incident and a log line, then half a line more (a writer killed mid-append).
    func journalWithTornTail(_ cli: CLI) throws -> (id: String, bytes: Data) {
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        try cli.ok(["log", id, "Sengepost 3B på papir"])
        let handle = try #require(FileHandle(forWritingAtPath: cli.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":4,"prev":"0f"#.utf8))
        try handle.close()
        return (id, try Data(contentsOf: URL(fileURLWithPath: cli.journalPath)))
    }

    func quarantineFiles(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".quarantine-") }
    }

    @Test func readersLeaveATornTailAndSaySo() throws {
        let cli = try CLI()
        let (id, bytes) = try journalWithTornTail(cli)
        let report = cli.directory.appendingPathComponent("status.txt").path
        for command in [["status"], ["timeline"], ["next"], ["print", "status", "--format", "text", "-o", report]] {
            let result = try cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("avrevet hale") && result.stderr.contains("neste gang noen registrerer"),
                    "\(command): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.journalPath)) == bytes, "a reader changed the journal")
        #expect(try quarantineFiles(in: cli.directory.path).isEmpty)
        // The next writer repairs it.
        try cli.ok(["log", id, "Neste linje"])
        #expect(try quarantineFiles(in: cli.directory.path).count == 1)
    }

    @Test(.enabled(if: getuid() == 0, "a read-only bind mount needs root (CI runs as root)"))
    func readersWorkOnReadOnlyMedia() throws {
        let cli = try CLI()
        let (id, bytes) = try journalWithTornTail(cli)
        let mount = cli.directory.appendingPathComponent("ro").path
        let copy = cli.directory.appendingPathComponent("journal").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: cli.journalPath, toPath: copy + "/beredskap.jsonl")
        try tool("mount", "--bind", copy, mount)
        defer { try? tool("umount", "-l", mount) }
        try tool("mount", "-o", "remount,ro,bind", mount)

        let status = try cli.run(["status", "--journal", mount])
        #expect(status.status == 0, "status on read-only media: \(status.stderr)")
        #expect(status.stdout.contains(id))
        let timeline = try cli.run(["timeline", "--journal", mount])
        #expect(timeline.status == 0 && timeline.stdout.contains("Sengepost 3B på papir"), "\(timeline.stderr)")
        #expect(try cli.run(["verify", "--journal", mount]).stdout.contains("Registreringer kontrollert: 2"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: mount + "/beredskap.jsonl")) == bytes)
        let write = try cli.run(["log", id, "Skal ikke lagres", "--journal", mount])
        #expect(write.status == 1 && write.stderr.contains("Read-only file system"), "\(write.stderr)")
    }

    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs to fill needs root (CI runs as root)"))
    func readersWorkOnAFullDiskAndAWriterLeavesNoHalfCopy() throws {
        let cli = try CLI()
        let (id, bytes) = try journalWithTornTail(cli)
        let disk = cli.directory.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        try tool("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk)
        defer { try? tool("umount", "-l", disk) }
        try bytes.write(to: URL(fileURLWithPath: disk + "/beredskap.jsonl"))
        fill(disk + "/filler")

        let status = try cli.run(["status", "--journal", disk])
        #expect(status.status == 0 && status.stdout.contains(id), "status on a full disk: \(status.stderr)")
        #expect(status.stderr.contains("avrevet hale"))
        for _ in 0..<2 {
            let write = try cli.run(["log", id, "Skal ikke lagres", "--journal", disk])
            #expect(write.status == 1 && write.stderr.contains("Disken med journalen er full"), "\(write.stderr)")
        }
        #expect(try quarantineFiles(in: disk).isEmpty, "a failed repair left a quarantine file")
        #expect(try Data(contentsOf: URL(fileURLWithPath: disk + "/beredskap.jsonl")) == bytes)
    }

    /// `ulimit -f` below what the next append needs: without SIGXFSZ ignored the process dies mid-write, silently,
    /// leaving half a line; with it, the append is rolled back and the person told.
    @Test func aFileSizeLimitRollsTheAppendBackWithAMessage() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.journalPath))
        // Blocks of 512 bytes: room for a little more than the file, not for a 4 KB log line.
        let blocks = before.count / 512 + 2
        let text = String(repeating: "Lang logglinje. ", count: 256)
        let result = try cli.run(["log", id, text], fileSizeBlocks: blocks)
        #expect(result.status == 1, "killed by a signal instead of failing cleanly: status \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("største tillatte filstørrelse"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.journalPath)) == before, "the append was not rolled back")
        #expect(try cli.ok(["verify"]).stdout.contains("OK"))
    }

    @Test func aDamagedJournalsExportsSayWhereTheyStopAndFail() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        try cli.ok(["log", id, "Første linje"])
        try cli.ok(["log", id, "Andre linje"])
        try cli.ok(["log", id, "Tredje linje"])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.journalPath))
        let damaged = try #require(bytes.firstRange(of: Data("Andre linje".utf8)))
        bytes[damaged.lowerBound] = UInt8(ascii: "a")
        try bytes.write(to: URL(fileURLWithPath: cli.journalPath))

        for (format, marker) in [("text", "SKADE: Journalen er skadet ved nr. 3"), ("md", "> **SKADE:** Journalen er skadet ved nr. 3"),
                                 ("csv", "\"3\",\"\",\"\",\"\",\"\",\"\",\"journal.damaged\""), ("json", "\"type\":\"journal.damaged\"")] {
            let result = try cli.run(["timeline", "--format", format])
            #expect(result.status == 1, "\(format): a damaged journal's export exited \(result.status)")
            #expect(result.stderr.contains("Journalen er skadet ved nr. 3, linje 4 i filen"), "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Første linje") && !result.stdout.contains("Tredje linje"), "\(format)")
            #expect(result.stdout.contains(marker), "\(format): \(result.stdout)")
        }
        let json = try cli.run(["timeline", "--format", "json"]).stdout
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.last?["seq"] as? Int == 3 && entries.last?["line"] as? Int == 4)
    }

    @Test func aFIFOInTheJournalsPlaceIsRefusedAtOnce() throws {
        let cli = try CLI()
        try tool("mkfifo", cli.journalPath)
        // Without O_NONBLOCK the open waits for a writer that never comes; the hang limit only stops a failing run.
        let result = try cli.start(["verify"]).finish()
        #expect(result.status == 1)
        #expect(result.stderr.contains("et navngitt rør (FIFO), ikke en vanlig fil"), "\(result.stderr)")
    }

    /// A real process holding the journal's lock, stopped with SIGSTOP: the command says who after a short wait,
    /// keeps waiting, and records once the holder is gone.
    @Test func aStoppedLockHolderIsNamedWhileTheCommandWaits() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede"]).lastLine
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", "--no-fork", cli.journalPath, "sleep", "600"]
        try holder.run()
        defer { kill(holder.processIdentifier, SIGKILL) }
        // Held once a non-blocking attempt fails.
        while (try? tool("flock", "--nonblock", "--shared", cli.journalPath, "true")) != nil { usleep(1000) }
        #expect(kill(holder.processIdentifier, SIGSTOP) == 0)

        let waiting = try cli.start(["log", id, "Etter ventingen"])
        let notice = waiting.waitForStandardError(containing: "Venter på journalen")
        #expect(notice.contains("prosess \(holder.processIdentifier) (sleep 600), som er stoppet"), "\(notice)")
        #expect(notice.contains("avbryt med Ctrl-C"))
        #expect(waiting.process.isRunning, "the command gave up instead of waiting")
        kill(holder.processIdentifier, SIGKILL)
        let result = waiting.finish()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Lagret nr. 2: "))
    }

    @Test func aLateEntryFromBeforeItsIncidentIsRefused() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let id = try cli.ok(["open", "--title", "EPJ nede", "--at", "2026-01-10 03:00"]).lastLine
        let early = try cli.run(["log", id, "Feil år", "--at", "2025-01-10 03:20"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("Tidspunktet 10.01.2025 03:20 er før hendelse \(id) ble oppdaget (10.01.2026 03:00)"), "\(early.stderr)")
        try cli.ok(["log", id, "Riktig år", "--at", "2026-01-10 03:20"])
    }

    @Test func verifyWarnsOfRegisteredTimesThatGoBack() throws {
        let cli = try CLI()
        let created = Date(timeIntervalSince1970: 1_741_921_620)
        let writer = try JournalWriter.create(path: cli.journalPath, kind: .real, created: created)
        for (i, minutes) in [3.0, -57, -56].enumerated() {
            _ = try writer.append([RecordDraft(registered: created + minutes * 60, operatorName: "kari", type: "test.note",
                                               data: ["i": .int(Int64(i))])])
        }
        let result = try cli.run(["verify"])
        #expect(result.status == 0, "a clock step is a warning, not a failure: \(result.stderr)")
        #expect(result.stdout.contains("ADVARSEL: nr. 2 er registrert 2025-03-14T02:10:00.000Z, før nr. 1 (2025-03-14T03:10:00.000Z)"),
                "\(result.stdout)")
        #expect(!result.stdout.contains("ADVARSEL: nr. 3"))
    }

    @Test func theConsoleOnATerminalWithoutCursorAddressingSaysWhatToDoInstead() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let result = try cli.run(["console"], environment: ["TERM": "dumb"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Konsollet trenger en fullskjermsterminal") && result.stderr.contains("`beredskap status`"),
                "\(result.stderr)")
    }

    /// `mount`, `mkfifo`, `flock`: run to the end; throws if it fails.
    private func tool(_ name: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }

    /// Writes to `path` until the disk is full.
    private func fill(_ path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd) }
        for size in [65_536, 4_096, 1] {
            let chunk = [UInt8](repeating: 0x2E, count: size)
            while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == size {}
        }
    }
}
