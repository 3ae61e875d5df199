import BeredskapJournal
import Foundation
import Testing

/// Failures injected through the ``FileIO`` seam, beside the real-file tests.
@Suite struct FaultInjectionTests {
    @Test func aFailedFdatasyncStopsTheWriterForGood() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let io = FaultyFileIO()
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate(), io: io)
        let first = try writer.append([note(1)])
        io.arm(.init(call: .fdatasync, nth: 1, persistent: false))
        var reason = ""
        do {
            _ = try writer.append([note(2)])
            Issue.record("an append whose fdatasync failed returned")
        } catch JournalError.writerStopped(let why) {
            reason = why
        }
        #expect(reason.contains("fdatasync"))
        // The disk is fine again, but a failed sync is never retried and hoped over.
        #expect(throws: JournalError.writerStopped(reason: reason)) { try writer.append([note(3)]) }
        #expect(io.callCounts[.fdatasync] == 1)

        #expect(try JournalVerifier.verify(path: path).isOK)
        let reopened = try JournalWriter.open(path: path, operatorName: "b", now: fixedDate(), as: Record.self)
        #expect(reopened.lines.first == first.first)
        _ = try reopened.writer.append([note(4)])
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    @Test(arguments: [Errno.noSpace, .fileTooLarge, .ioError])
    func aShortOrFailedWriteIsCutBack(errno: Errno) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let expected: JournalError = switch errno {
        case .noSpace: .diskFull
        case .fileTooLarge: .fileTooLarge
        default: .io(call: .write, path: path, errno: errno)
        }
        let io = FaultyFileIO()
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate(), io: io)
        _ = try writer.append([note(1)])
        let before = fileBytes(path)
        for shortBy: Int? in [nil, 10, 300] {
            io.arm(.init(call: .write, nth: 1, persistent: true, errno: errno, shortBy: shortBy))
            #expect(throws: expected) { try writer.append([note(2), note(3)]) }
            #expect(same(fileBytes(path), before), "short by \(String(describing: shortBy))")
        }
        io.arm(nil)
        #expect(try writer.append([note(2)]).map(\.seq) == [2])
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    /// Creates, appends, reopens, refreshes and repairs a torn tail; returns every record an append returned.
    static func scenario(_ path: String, io: FileIO) -> [Record] {
        var acknowledged: [Record] = []
        guard let first = try? JournalWriter.create(path: path, kind: .real, created: fixedDate(), io: io) else {
            return acknowledged
        }
        acknowledged += (try? first.append([note(1)])) ?? []
        acknowledged += (try? first.append([note(2), note(3)])) ?? []
        if let second = try? JournalWriter.open(path: path, operatorName: "b", now: fixedDate(), io: io) {
            acknowledged += (try? second.append([note(4)])) ?? []
        }
        _ = try? first.refresh()
        acknowledged += (try? first.append([note(5)])) ?? []
        // A crash mid-write by someone else: the next open must quarantine this.
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(#"{"seq":99,"prev":"#.utf8))
            try? handle.close()
        }
        if let third = try? JournalWriter.open(path: path, operatorName: "c", now: fixedDate(), io: io) {
            acknowledged += (try? third.append([note(6)])) ?? []
        }
        acknowledged += (try? first.append([note(7)])) ?? []
        return acknowledged
    }

    @Test func failingTheNthCallOfAnyKindNeverLeavesAJournalThatFailsToVerify() throws {
        let clean = FaultyFileIO()
        let cleanRun = TemporaryDirectory()
        #expect(Self.scenario(cleanRun.file("journal.jsonl"), io: clean).count == 7)
        let counts = clean.callCounts
        var runs = 0
        for call in SystemCall.allCases {
            for nth in 0..<(counts[call] ?? 0) {
                for persistent in [false, true] {
                    let directory = TemporaryDirectory()
                    let path = directory.file("journal.jsonl")
                    let acknowledged = Self.scenario(path, io: FaultyFileIO(.init(call: call, nth: nth + 1, persistent: persistent)))
                    runs += 1
                    let context = "\(call) #\(nth + 1)\(persistent ? " onwards" : "")"
                    guard FileManager.default.fileExists(atPath: path) else {
                        #expect(acknowledged.isEmpty, "\(context)")
                        continue
                    }
                    // A torn tail is allowed (the next open repairs it); damage is not.
                    let snapshot = try JournalReader.read(path: path)
                    #expect(snapshot.damage == nil, "\(context): \(String(describing: snapshot.damage))")
                    let repaired = try JournalWriter.open(path: path, operatorName: "check", now: fixedDate(), as: Record.self)
                    #expect(try JournalVerifier.verify(path: path).isOK, "\(context)")
                    for record in acknowledged {
                        #expect(repaired.lines.contains(record), "\(context): acknowledged seq \(record.seq) lost")
                    }
                }
            }
        }
        #expect(runs > 100)
    }
}
