@testable import BeredskapJournal
import Foundation
import Glibc
import Testing

/// Tests that run journal-writer processes: crashes, concurrency, a real size limit. Serialized so the
/// processes of one test do not compete with another's for the two cores and skew its timing.
@Suite(.serialized) struct ProcessTests {
    /// The snapshot beside a journal is replaced whole (AtomicFile): killed at any moment, the writer leaves the
    /// last version it acknowledged or a newer one, always whole, never a mix or a torn file.
    @Test func killingAFileReplacerLeavesOneWholeVersion() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl.snapshot")
        var random = SplitMix64(state: 7)
        for round in 0..<12 {
            let acks = Int(random.next() % 4) + 1
            let replacer = try WriterProcess(journal: path, arguments: ["--replace-count", "1000"], outputIn: directory, tag: "\(round)")
            replacer.waitForAcks(acks)
            replacer.kill()
            let (_, out, err) = replacer.finish()
            #expect(err.isEmpty, "replacer failed: \(err)")
            let acknowledged = WriterProcess.acks(out).max() ?? 0
            let bytes = fileBytes(path)
            let body = bytes.dropLast(64)
            #expect(String(decoding: bytes.suffix(64), as: UTF8.self) == body.withUnsafeBytes { LineHash(hashing: $0).hex },
                    "round \(round): the file is not one whole version")
            let version = Int(String(decoding: body.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)) ?? 0
            #expect(version >= acknowledged, "round \(round): version \(version) is older than the acknowledged \(acknowledged)")
            #expect(fileMode(path) & 0o777 == 0o600)
        }
    }

    @Test func killingWritersAtRandomNeverLosesAnAcknowledgedRecord() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalWriter.create(path: path, kind: .real, created: Date())
        var random = SplitMix64(state: 20_250_314)
        var acknowledged: [Int: Int32] = [:]
        var killedMidRun = 0
        for round in 0..<30 {
            // The first writer of each round stops halfway through the append after its own few acks, holding the
            // lock, and is killed there: a torn line by construction. The others are killed after a few acks of
            // their own, at whatever point of the next append they have reached.
            let writers = try (0..<3).map { w in
                let acks = Int.random(in: 1...4, using: &random)
                return (acks, try WriterProcess(journal: path, arguments: ["--count", "100000", "--operator", "w\(w)", "--split-writes",
                                                                           "--payload-bytes", "\(Int.random(in: 0...2000, using: &random))"]
                                                    + (w == 0 ? ["--stop-mid-write-after", "\(acks)"] : []),
                                                outputIn: directory, tag: "\(round)-\(w)"))
            }
            writers[0].1.waitForLine("torn")
            writers[0].1.kill()
            for (acks, writer) in writers.dropFirst().shuffled(using: &random) {
                writer.waitForAcks(acks)
                writer.kill()
            }
            for (_, writer) in writers {
                let (status, out, err) = writer.finish()
                if writer.process.terminationReason == .uncaughtSignal { killedMidRun += 1 }
                #expect(status == SIGKILL || err.isEmpty, "writer failed: \(err)")
                for seq in WriterProcess.acks(out) {
                    #expect(acknowledged.updateValue(writer.pid, forKey: seq) == nil, "seq \(seq) acknowledged twice")
                }
            }
        }
        #expect(killedMidRun == 90)
        #expect(acknowledged.count >= 90, "a writer was killed before its first acknowledged append")

        let (writer, recovered) = try JournalWriter.open(path: path, operatorName: "check", now: Date(), as: Record.self)
        #expect(writer.damage == nil)
        #expect(try JournalVerifier.verify(path: path).isOK)
        #expect(recovered.map(\.seq) == Array(1...recovered.count))
        for (seq, pid) in acknowledged.sorted(by: { $0.key < $1.key }) {
            let record = try #require(recovered.first { $0.seq == seq }, "acknowledged seq \(seq) lost")
            #expect(record.data["writer"]?.intValue == Int64(pid), "seq \(seq) holds another writer's record")
        }
        // Writers killed between the two halves of a write left torn tails; each was quarantined and recorded. Each
        // round made at least one, and a writer can append only after repairing the one before it.
        let repairs = recovered.filter { $0.type == "journal.recovered" }
        #expect(repairs.count >= 30, "\(repairs.count) repairs for 30 torn lines")
        for repair in repairs {
            let name = try #require(repair.data["quarantine"]?.stringValue)
            let torn = fileBytes(directory.file(name))
            #expect(!torn.isEmpty && Int64(torn.count) == repair.data["bytes"]?.intValue)
            #expect(torn.withUnsafeBytes { LineHash(hashing: $0) }.hex == repair.data["sha256"]?.stringValue)
        }
        // A writer killed while repairing leaves a quarantine file without its record (the next writer repairs
        // again), so there may be more files than records, never fewer.
        let quarantined = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("journal.jsonl.quarantine-") }
        #expect(quarantined.count >= repairs.count)
    }

    @Test func concurrentWritersProduceOneUnbrokenChain() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let (processes, appends) = (4, 200)
        let writers = try (0..<processes).map { w in
            try WriterProcess(journal: path, arguments: ["--count", "\(appends)", "--create", "exercise"],
                              outputIn: directory, tag: "\(w)")
        }
        var acknowledged: [Int: Int32] = [:]
        for writer in writers {
            let (status, out, err) = writer.finish()
            #expect(status == 0, "\(err)")
            let acks = WriterProcess.acks(out)
            #expect(acks.count == appends)
            #expect(acks == acks.sorted())
            for seq in acks { acknowledged[seq] = writer.pid }
        }
        let snapshot = try JournalReader.read(path: path)
        #expect(snapshot.damage == nil && snapshot.tornTail == 0)
        #expect(snapshot.header.kind == .exercise)
        #expect(snapshot.records.map(\.seq) == Array(1...(processes * appends)))
        #expect(acknowledged.count == processes * appends)
        for record in snapshot.records {
            #expect(record.data["writer"]?.intValue == Int64(acknowledged[record.seq] ?? -1))
        }
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    @Test func aFileSizeLimitGivesEFBIGAndLosesNothing() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalWriter.create(path: path, kind: .real, created: Date())
        let limit = fileBytes(path).count + 5_000
        let writer = try WriterProcess(journal: path, arguments: ["--count", "1000", "--payload-bytes", "300",
                                                                  "--file-size-limit", "\(limit)"],
                                       outputIn: directory, tag: "efbig")
        let (status, out, err) = writer.finish()
        #expect(status == 1)
        #expect(err.hasPrefix("error ") && err.contains("EFBIG"), "\(err)")
        let acks = WriterProcess.acks(out)
        #expect(!acks.isEmpty && acks.count < 1000)

        let bytes = fileBytes(path)
        #expect(bytes.count <= limit && bytes.last == 0x0A)
        let report = try JournalVerifier.verify(path: path)
        #expect(report.isOK && report.count == acks.count && report.headSeq == acks.last)
        let reopened = try JournalWriter.open(path: path, operatorName: "after", now: Date(), as: Record.self)
        #expect(reopened.writer.damage == nil && reopened.lines.count == acks.count)
    }

    @Test func aWriterCatchesUpOnWhatAnotherProcessAppends() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let mine = try JournalWriter.create(path: path, kind: .real, created: Date())
        let other = try WriterProcess(journal: path, arguments: ["--count", "3"], outputIn: directory, tag: "w")
        let (status, _, err) = other.finish()
        #expect(status == 0, "\(err)")
        let seen = try mine.refresh()
        #expect(seen.map(\.seq) == [1, 2, 3])
        #expect(seen.allSatisfy { $0.data["writer"]?.intValue == Int64(other.pid) })
        #expect(seen == (try JournalReader.read(path: path)).records)
    }

    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
    func aFullDiskGivesDiskFullAndLosesNothing() throws {
        let directory = TemporaryDirectory()
        let mountPoint = directory.file("small")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        guard run("/bin/mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint) == 0 else {
            print("ENOSPC test skipped: mount -t tmpfs is not permitted here (a container without CAP_SYS_ADMIN?)")
            return
        }
        defer { _ = run("/bin/umount", mountPoint) }
        let path = "\(mountPoint)/journal.jsonl"
        let writer = try JournalWriter.create(path: path, kind: .real, created: Date())
        let kept = try writer.append([note(1), note(2)])
        // Fill the file system to the last byte.
        let fillerPath = "\(mountPoint)/filler"
        _ = FileManager.default.createFile(atPath: fillerPath, contents: nil)
        let filler = try #require(FileHandle(forWritingAtPath: fillerPath))
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        var failure: Int32 = 0
        while failure == 0 {
            let n = chunk.withUnsafeBytes { Glibc.write(filler.fileDescriptor, $0.baseAddress, $0.count) }
            if n < 0 { failure = errno }
        }
        #expect(failure == ENOSPC)
        try filler.close()

        let before = fileBytes(path)
        let big = RecordDraft(registered: Date(), operatorName: "a", type: "t",
                              data: ["pad": .string(String(repeating: "y", count: 20_000))])
        #expect(throws: JournalError.diskFull) { try writer.append([big]) }
        #expect(same(fileBytes(path), before))
        #expect(try JournalVerifier.verify(path: path).isOK)
        #expect(try JournalReader.read(path: path).records == kept)

        try FileManager.default.removeItem(atPath: fillerPath)
        #expect(try writer.append([big]).map(\.seq) == [3])
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    @Test(.enabled(if: pythonIsInstalled, "needs python3"))
    func thePythonVerifierInTheSpecificationChecksOurJournals() throws {
        let directory = TemporaryDirectory()
        let script = directory.file("verify.py")
        try sampleVerifier().write(toFile: script, atomically: false, encoding: .utf8)
        let path = directory.file("journal.jsonl")
        _ = try WorkedExample.write(to: path)
        #expect(try python(script, path) == (0, "OK: 2 records, head \(try JournalReader.read(path: path).head.hex), "
            + "seal \(WorkedExample.seal)\n"))

        let writers = try (0..<2).map { w in
            try WriterProcess(journal: directory.file("busy.jsonl"), arguments: ["--count", "50", "--create", "real"],
                              outputIn: directory, tag: "\(w)")
        }
        for writer in writers { #expect(writer.finish().status == 0) }
        let busy = directory.file("busy.jsonl")
        // Two writers' clocks are read before each takes the lock, so a line may be registered before the one
        // before it: both verifiers warn about the same steps, and the journal is still OK.
        let answer = try python(script, busy)
        #expect(answer.status == 0)
        #expect(answer.out.split(separator: "\n").last?.hasPrefix("OK: 100 records") == true, "\(answer.out)")
        let warnings = answer.out.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.count
        #expect(warnings == (try JournalVerifier.verify(path: busy).clockSteps.count))
        var bytes = fileBytes(busy)
        bytes[bytes.count / 2] ^= 0x10
        writeBytes(bytes, to: busy)
        #expect(try python(script, busy).status != 0)
    }

    private func run(_ executable: String, _ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
