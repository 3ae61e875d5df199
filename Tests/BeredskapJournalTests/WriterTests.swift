import BeredskapJSON
@testable import BeredskapJournal
import Foundation
import Testing

@Suite struct WriterTests {
    @Test func invalidDraftsWriteNothing() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        let before = fileBytes(path)
        let bad: [RecordDraft] = [
            RecordDraft(registered: fixedDate(), operatorName: "", type: "t", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a\nb", type: "t", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "journal.recovered", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a", incident: "", type: "t", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "t", data: ["x": .double(.nan)]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "t", data: ["x": [.double(.infinity)]]),
            RecordDraft(registered: Date(timeIntervalSince1970: 1e12), operatorName: "a", type: "t", data: [:]),
            RecordDraft(registered: fixedDate(), occurred: Date(timeIntervalSince1970: -7e10), operatorName: "a", type: "t", data: [:]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "t",
                        data: ["big": .string(String(repeating: "x", count: 1 << 20))]),
            RecordDraft(registered: fixedDate(), operatorName: "a", type: "t",
                        data: (0..<70).reduce(JSONObject()) { inner, _ in ["n": .object(inner)] }),
        ]
        for draft in bad {
            // Valid drafts in the same append are refused with the bad one.
            #expect(throws: JournalError.self) { try writer.append([note(2), draft]) }
        }
        #expect(same(fileBytes(path), before))
        #expect(try writer.append([note(2)]).map(\.seq) == [2])
    }

    @Test func decideSeesCaughtUpRecordsAndItsErrorWritesNothing() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let mine = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        let theirs = try JournalWriter.open(path: path, operatorName: "b", now: fixedDate())
        let written = try theirs.append([note(1), note(2)])

        struct Refused: Error {}
        #expect(throws: Refused.self) { try mine.append(now: fixedDate()) { _ in throw Refused() } }
        #expect(mine.seal == written.last?.seal, "catching up happens before decide, even when it refuses")
        #expect(fileBytes(path).count == (try JournalReader.read(path: path)).endOffset)

        let third = try theirs.append([note(3)])
        var seen: [Record] = []
        let result = try mine.append(now: fixedDate()) { caughtUp in
            seen = caughtUp
            return [note(4)]
        }
        #expect(seen.map(\.seq) == [3] && result.caughtUp == seen && result.appended.map(\.seq) == [4])
        #expect(try theirs.refresh().map(\.seq) == [4])
        #expect(try mine.append([]).isEmpty)
        #expect(try JournalReader.read(path: path).records == written + third + result.appended)
        #expect(mine.seal == theirs.seal)
    }

    /// The start of a line, as a process killed mid-write leaves it.
    static let torn = Array(#"{"seq":2,"prev":"abc"#.utf8)

    /// Creates a journal with one record in `directory`, then adds ``torn`` after it; returns its path and writer.
    private func journalWithTornTail(in directory: TemporaryDirectory) throws -> (path: String, writer: JournalWriter) {
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        writeBytes(fileBytes(path) + Self.torn, to: path)
        return (path, writer)
    }

    @Test func anAppendRepairsATornTailLeftByAnotherProcess() throws {
        let directory = TemporaryDirectory()
        let (path, writer) = try journalWithTornTail(in: directory)
        let result = try writer.append(now: fixedDate(3600)) { _ in [note(2)] }
        #expect(result.caughtUp.map(\.type) == ["journal.recovered"])
        #expect(result.caughtUp[0].operatorName == "journal" && result.caughtUp[0].seq == 2)
        #expect(result.caughtUp[0].registered == fixedDate(3600))
        #expect(result.appended.map(\.seq) == [3])
        let name = try #require(result.caughtUp[0].data["quarantine"]?.stringValue)
        #expect(name == "journal.jsonl.quarantine-1-20250314T040700Z")
        #expect(fileBytes(directory.file(name)) == Self.torn)
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    /// The writer never reads the clock: a repair is signed at the time its caller gives (`open`'s `now`, or the
    /// first draft's registration time for a plain list of drafts), in the record and in the quarantine file's name.
    @Test func aRepairIsSignedAtTheTimeItIsGiven() throws {
        let directory = TemporaryDirectory()
        let (path, writer) = try journalWithTornTail(in: directory)
        let reopened = try JournalWriter.open(path: path, operatorName: "kari", now: fixedDate(7200.5), as: Record.self)
        let opened = try #require(reopened.lines.last)
        #expect(opened.type == "journal.recovered" && opened.seq == 2 && opened.operatorName == "kari")
        #expect(opened.registered == fixedDate(7200.5))
        #expect(opened.data["quarantine"]?.stringValue == "journal.jsonl.quarantine-1-20250314T050700Z")

        writeBytes(fileBytes(path) + Self.torn, to: path)
        #expect(try writer.append([note(3, at: fixedDate(86_400))]).map(\.seq) == [4])
        let appended = try JournalReader.read(path: path).records[2]
        #expect(appended.type == "journal.recovered" && appended.seq == 3)
        #expect(appended.registered == fixedDate(86_400))
        #expect(appended.data["quarantine"]?.stringValue == "journal.jsonl.quarantine-2-20250315T030700Z")
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    @Test func aJournalShortenedBehindTheWritersBackIsDamage() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1), note(2)])
        let bytes = fileBytes(path)
        writeBytes(bytes[..<lineBoundaries(bytes)[1]], to: path)
        #expect(throws: JournalError.self) { try writer.append([note(3)]) }
        #expect(writer.damage != nil)
        #expect(fileBytes(path).count == lineBoundaries(bytes)[1])
    }

    @Test func aNewerFormatVersionIsNamed() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        var body = Array(#"{"seq":0,"format":"beredskap-journal","version":2,"x":1"#.utf8)
        let hex = body.withUnsafeBytes { LineHash(hashing: $0) }.hex
        body += Array(#","h":"\#(hex)"}"#.utf8) + [0x0A]
        writeBytes(body, to: path)
        #expect(throws: JournalError.unsupportedVersion(path: path, version: 2)) { try JournalReader.read(path: path) }
    }

    @Test func errorDescriptionsSayWhatToDo() {
        let damage = JournalDamage(seq: 3, line: 4, reason: "hash mismatch")
        #expect(JournalError.readOnly(damage).description.contains("seq 3 (line 4)"))
        #expect(JournalError.diskFull.description.contains("Free space"))
        #expect(JournalError.io(call: .open, path: "/x", errno: .noEntry).description
            == "Journal file operation failed: open /x: No such file or directory (errno 2). "
            + "Check the path, its permissions and the disk, then try again.")
    }

    @Test func aFailedSystemCallIsNamedWithItsPathAndErrno() throws {
        let directory = TemporaryDirectory()
        let missing = directory.file("missing.jsonl")
        #expect(throws: JournalError.io(call: .open, path: missing, errno: .noEntry)) {
            try JournalWriter.open(path: missing, operatorName: "a", now: fixedDate())
        }
    }
}
