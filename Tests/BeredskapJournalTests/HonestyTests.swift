import BeredskapJSON
@testable import BeredskapJournal
import Foundation
import Glibc
import Testing

/// Nothing is «saved» that cannot be found again under the journal's path, and nothing hangs without a word: a
/// writer whose file was deleted or replaced stops, a FIFO is refused, a stopped lock holder is named, a repair on
/// a full disk leaves no half copy, and a clock that went back is reported.
@Suite struct HonestyTests {
    @Test func aWriterWhoseFileWasDeletedSavesNothingMoreAndSaysSo() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        #expect(unlink(path) == 0)
        #expect(throws: JournalError.detached(path: path, .removed)) { try writer.append([note(2)]) }
        #expect(throws: JournalError.detached(path: path, .removed)) { try writer.refresh() }
        #expect(writer.detachment == .removed)
        #expect(!FileManager.default.fileExists(atPath: path), "nothing was written back under the path")
    }

    @Test func aWriterWhoseDirectoryWasRemovedSavesNothingMore() throws {
        let directory = TemporaryDirectory()
        let folder = directory.file("journals")
        let path = "\(folder)/journal.jsonl"
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        try FileManager.default.removeItem(atPath: folder)
        #expect(throws: JournalError.detached(path: path, .removed)) { try writer.append([note(1)]) }
    }

    @Test func aWriterWhoseFileWasReplacedLeavesTheNewFileAlone() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        // A restore from backup: another journal renamed over the path.
        let other = directory.file("restored.jsonl")
        _ = try JournalWriter.create(path: other, kind: .real, created: fixedDate())
        #expect(rename(other, path) == 0)
        let restored = fileBytes(path)
        #expect(throws: JournalError.detached(path: path, .replaced)) { try writer.append([note(2)]) }
        #expect(same(fileBytes(path), restored), "the file now at the path was not written to")
        #expect(throws: JournalError.detached(path: path, .replaced)) { try writer.append([note(3)]) }
    }

    @Test func aWriterWhoseFileIsDeletedDuringAnAppendDoesNotAcknowledgeIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        #expect(throws: JournalError.detached(path: path, .removed)) {
            try writer.append(now: fixedDate()) { _ in
                // Deleted while the lock is held and the record is being decided: it reaches only the orphaned file.
                unlink(path)
                return [note(1)]
            }
        }
    }

    @Test func aFIFOInTheJournalsPlaceIsRefusedWithoutWaitingForAWriter() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try runTool("mkfifo", [path])
        // Opening a FIFO for reading without O_NONBLOCK waits for a writer that never comes: this would hang.
        #expect(throws: JournalError.notARegularFile(path: path, kind: .fifo)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.notARegularFile(path: path, kind: .fifo)) { try JournalVerifier.verify(path: path) }
        #expect(throws: JournalError.notARegularFile(path: path, kind: .fifo)) {
            try JournalWriter.open(path: path, operatorName: "kari", now: fixedDate())
        }
        try FileManager.default.createDirectory(atPath: directory.file("folder"), withIntermediateDirectories: false)
        #expect(throws: JournalError.notARegularFile(path: directory.file("folder"), kind: .directory)) {
            try JournalReader.read(path: directory.file("folder"))
        }
    }

    /// A real process holding the exclusive lock, stopped with SIGSTOP: a reader that may not wait is told who,
    /// and one that waits is told who and goes on waiting until the holder is gone.
    @Test func aStoppedLockHolderIsNamedAndTheWaitGoesOn() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        let holder = try WriterProcess(journal: path, arguments: ["--count", "10", "--split-writes", "--stop-mid-write-after", "1"],
                                       outputIn: directory, tag: "holder")
        holder.waitForLine("torn")
        #expect(kill(holder.pid, SIGSTOP) == 0)
        defer { holder.kill() }

        var thrown: JournalError?
        do {
            _ = try JournalReader.read(path: path, lockWaiting: .atMost(.milliseconds(50)))
        } catch let error as JournalError {
            thrown = error
        }
        guard case .locked(_, let holders) = thrown else {
            Issue.record("reading past a stopped holder did not say it was locked: \(String(describing: thrown))")
            return
        }
        let named = try #require(holders.first)
        #expect(named.pid == Int(holder.pid))
        #expect(named.isStopped)
        #expect(named.command?.contains("journal-writer") == true)

        // Waiting: the notice names the holder; ending the holder lets the waiting reader through.
        let told = Told()
        let pid = holder.pid
        let snapshot = try JournalReader.read(path: path, lockWaiting: .untilGranted(noticeAfter: .milliseconds(50)) { holders in
            told.set(holders)
            kill(pid, SIGKILL)
        })
        #expect(told.holders.map(\.pid) == [Int(holder.pid)])
        #expect(snapshot.tornTail > 0, "the killed holder's half line is there for the next writer to repair")
    }

    @Test(.enabled(if: isRoot, "mounting a small tmpfs to fill needs root (CI runs as root)"))
    func aRepairOnAFullDiskLeavesNoQuarantineFile() throws {
        let disk = try SmallDisk(kilobytes: 256)
        let path = "\(disk.path)/journal.jsonl"
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1), note(2)])
        let fd = open(path, O_WRONLY | O_APPEND)
        _ = Array(#"{"seq":3,"prev":"ab"#.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let torn = fileBytes(path)
        let filler = disk.fill()
        for _ in 0..<3 {
            #expect(throws: JournalError.diskFull) { try JournalWriter.open(path: path, operatorName: "kari", now: fixedDate()) }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: disk.path)
        #expect(names.sorted() == ["filler", "journal.jsonl"], "left behind: \(names)")
        #expect(same(fileBytes(path), torn), "the journal keeps its torn tail until a whole copy is made")

        unlink(filler)
        let repaired = try JournalWriter.open(path: path, operatorName: "kari", now: fixedDate(), as: Record.self)
        #expect(repaired.lines.last?.type == "journal.recovered")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).filter { $0.contains(".quarantine-") }.count == 1)
    }

    @Test func registeredTimesThatGoBackAreWarningsWithTheirSeq() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        // 03:07 created; 03:10, then an NTP step back to 02:10, on from there.
        _ = try writer.append([note(1, at: fixedDate(180))])
        _ = try writer.append([note(2, at: fixedDate(-3420))])
        _ = try writer.append([note(3, at: fixedDate(-3360))])
        let report = try JournalVerifier.verify(path: path)
        #expect(report.isOK, "a clock step is not damage")
        #expect(report.clockSteps == [ClockStep(seq: 2, registered: fixedDate(-3420), previous: fixedDate(180))])
    }
}

/// What a lock notice reported, from the timer thread.
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [LockHolder] = []
    var holders: [LockHolder] { lock.withLock { value } }
    func set(_ holders: [LockHolder]) { lock.withLock { value = holders } }
}
