import BeredskapJSON
@testable import BeredskapJournal
import Foundation
import Testing

/// The worked example of docs/JOURNAL.md: these exact bytes, hashes and seal appear there.
enum WorkedExample {
    static let id = UUID(uuidString: "5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9")!
    static let created = fixedDate()
    /// The operating-system accounts that wrote them: the on-call's own login, then the crisis room's shared PC.
    static let accounts = ["ola", "krisestab"]
    static let drafts = [
        RecordDraft(registered: fixedDate(12.345), operatorName: "ikt-vakt", incident: "H-2025-001",
                    type: "incident.opened", data: ["title": "EPJ utilgjengelig", "systems": ["dips-arena"]]),
        RecordDraft(registered: fixedDate(300.5), occurred: fixedDate(60), operatorName: "loggfører",
                    incident: "H-2025-001", type: "log.note",
                    data: ["text": "Ringte leverandør.\n\"Ingen ETA\""]),
    ]

    /// The journal those drafts make, byte for byte.
    static let text = #"""
        {"seq":0,"format":"beredskap-journal","version":1,"journal":"5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9","kind":"real","created":"2025-03-14T03:07:00.000Z","prev":"0000000000000000000000000000000000000000000000000000000000000000","h":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c"}
        {"seq":1,"prev":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c","at":"2025-03-14T03:07:12.345Z","op":"ikt-vakt","acct":"ola","incident":"H-2025-001","type":"incident.opened","data":{"title":"EPJ utilgjengelig","systems":["dips-arena"]},"h":"7d12937b39760f65373ba064f84d9dfd4398cfd31e419234af4c812426b0ff48"}
        {"seq":2,"prev":"7d12937b39760f65373ba064f84d9dfd4398cfd31e419234af4c812426b0ff48","at":"2025-03-14T03:12:00.500Z","occurred":"2025-03-14T03:08:00.000Z","op":"loggfører","acct":"krisestab","incident":"H-2025-001","type":"log.note","data":{"text":"Ringte leverandør.\n\"Ingen ETA\""},"h":"ee9ac7588b7a05c9af62521e1e101cf6edfd9a574dd4e1b326b6871c8ab6501d"}

        """#
    /// The same journal as written before lines named their account (the spec's example until December 2026).
    static let textWithoutAccounts = #"""
        {"seq":0,"format":"beredskap-journal","version":1,"journal":"5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9","kind":"real","created":"2025-03-14T03:07:00.000Z","prev":"0000000000000000000000000000000000000000000000000000000000000000","h":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c"}
        {"seq":1,"prev":"9d1f69fb76c53c422e4be9223875b14299fa93c1492da1226b7a131b8160149c","at":"2025-03-14T03:07:12.345Z","op":"ikt-vakt","incident":"H-2025-001","type":"incident.opened","data":{"title":"EPJ utilgjengelig","systems":["dips-arena"]},"h":"5b120dab1a7ed508251fb4f78de7a3b536aa51014e55f06849bdf944553f0c46"}
        {"seq":2,"prev":"5b120dab1a7ed508251fb4f78de7a3b536aa51014e55f06849bdf944553f0c46","at":"2025-03-14T03:12:00.500Z","occurred":"2025-03-14T03:08:00.000Z","op":"loggfører","incident":"H-2025-001","type":"log.note","data":{"text":"Ringte leverandør.\n\"Ingen ETA\""},"h":"13138c8d5728b1215c30485b325e28655d99670ef1774b82937eddc3cb3ec202"}

        """#
    /// The seal of record 2, the head.
    static let seal = "2-XTDC-EP4B-F82W"

    /// Writes the example journal at `path` through the real writer.
    @discardableResult
    /// Writes the example; returns the writer and the records it appended.
    static func write(to path: String) throws -> (writer: JournalWriter, records: [Record]) {
        let writer = try JournalWriter.create(path: path, kind: .real, id: id, created: created)
        var records: [Record] = []
        for (draft, account) in zip(drafts, accounts) {
            writer.account = account
            records += try writer.append([draft])
        }
        return (writer, records)
    }
}

@Suite struct FormatTests {
    @Test func bytesOnDiskMatchTheDocumentedExample() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try WorkedExample.write(to: path).writer
        #expect(String(decoding: fileBytes(path), as: UTF8.self) == WorkedExample.text)
        #expect(writer.seal.description == WorkedExample.seal)
    }

    @Test func theSpecificationShowsTheseBytesAndThisSeal() throws {
        let spec = try journalSpecification()
        #expect(try fencedBlock(in: spec, after: "## 12. Worked example") == WorkedExample.text)
        let showsSeal = spec.contains("The seal is **`\(WorkedExample.seal)`**.")
        #expect(showsSeal, "docs/JOURNAL.md does not give the seal \(WorkedExample.seal)")
    }

    @Test func headerAndRecordsRoundTrip() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let (writer, written) = try WorkedExample.write(to: path)
        let snapshot = try JournalReader.read(path: path)
        #expect(snapshot.header == writer.header)
        #expect(snapshot.header.id == WorkedExample.id)
        #expect(snapshot.header.kind == .real)
        #expect(snapshot.header.version == 1)
        #expect(snapshot.header.created == WorkedExample.created)
        #expect(snapshot.records == written)
        #expect(snapshot.damage == nil && snapshot.tornTail == 0)
        #expect(snapshot.endOffset == fileBytes(path).count)
        let late = snapshot.records[1]
        #expect(late.seq == 2 && late.prev == snapshot.records[0].hash)
        #expect(late.registered == Timestamp.truncated(fixedDate(300.5)))
        #expect(late.occurred == fixedDate(60))
        #expect(late.operatorName == "loggfører" && late.incident == "H-2025-001" && late.type == "log.note")
        #expect(late.data["text"]?.stringValue == "Ringte leverandør.\n\"Ingen ETA\"")
        #expect(snapshot.records[0].occurred == nil)
        #expect(snapshot.records.map(\.account) == WorkedExample.accounts)

        let report = try JournalVerifier.verify(path: path)
        #expect(report.isOK && report.count == 2 && report.headSeq == 2 && report.head == snapshot.head)
    }

    @Test func appendedRecordsAreExactlyWhatAReaderDecodes() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .exercise, created: fixedDate(0.0004))
        let odd = RecordDraft(registered: fixedDate(1.23456789), operatorName: "ø", type: "t",
                              data: ["d": .double(1), "n": .null, "c": "\u{1}\u{7F}\u{2028}", "nested": ["a": [[]]]])
        let appended = try writer.append([odd, note(2)])
        #expect(try JournalReader.read(path: path).records == appended)
        #expect(appended[0].registered == Timestamp.truncated(fixedDate(1.23456789)))
        #expect(try JournalReader.read(path: path).header.kind == .exercise)
    }

    @Test func everyLineNamesTheAccountOfTheProcessThatWroteIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        let reopened = try JournalWriter.open(path: path, operatorName: "loggfører", now: fixedDate(5))
        _ = try reopened.append([note(2)])
        let login = ProcessInfo.processInfo.userName
        let records = try JournalReader.read(path: path).records
        #expect(records.count == 2 && !login.isEmpty)
        #expect(records.map(\.account) == [login, login])
        #expect(String(decoding: fileBytes(path), as: UTF8.self).contains(#""op":"ikt-vakt","acct":"\#(login)","#))
    }

    /// Lines written before the account was recorded (no `acct`) still verify and decode, with no account.
    @Test func linesWithoutAnAccountStillVerify() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        writeBytes(Array(WorkedExample.textWithoutAccounts.utf8), to: path)
        let snapshot = try JournalReader.read(path: path)
        #expect(snapshot.damage == nil && snapshot.records.count == 2)
        #expect(snapshot.records.map(\.account) == [nil, nil])
        #expect(snapshot.records.map(\.operatorName) == ["ikt-vakt", "loggfører"])
        let report = try JournalVerifier.verify(path: path)
        #expect(report.isOK && report.headSeq == 2)
        _ = try JournalWriter.open(path: path, operatorName: "ikt-vakt", now: fixedDate(600)).append([note(3)])
        #expect(try JournalVerifier.verify(path: path).isOK)
    }

    @Test func filesAre0600AndACreatedDirectory0700() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("new/deeper/journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        #expect(fileMode(path) == 0o600)
        #expect(fileMode(directory.file("new")) == 0o700)
        #expect(fileMode(directory.file("new/deeper")) == 0o700)
        // Only the journal remains: the staging file used to create it is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("new/deeper")) == ["journal.jsonl"])
    }

    @Test func createRefusesAnExistingFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        writeBytes(Array("precious".utf8), to: path)
        #expect(throws: JournalError.alreadyExists(path: path)) {
            try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        }
        #expect(fileBytes(path) == Array("precious".utf8))
    }

    @Test func otherFilesAreNotJournals() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("notes.txt")
        writeBytes(Array("hello\n".utf8), to: path)
        #expect(throws: JournalError.notAJournal(path: path)) { try JournalReader.read(path: path) }
        writeBytes([], to: path)
        #expect(throws: JournalError.notAJournal(path: path)) { try JournalVerifier.verify(path: path) }
    }
}
