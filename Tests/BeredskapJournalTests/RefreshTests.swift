@testable import BeredskapJournal
import Foundation
import Testing

/// A second terminal follows the journal through its writer's ``JournalWriter/refresh()``.
@Suite struct RefreshTests {
    @Test func aPartialLineIsNotTakenUntilComplete() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let mine = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        let theirs = try JournalWriter.open(path: path, operatorName: "b", now: fixedDate())
        let first = try theirs.append([note(1), note(2)])
        #expect(try mine.refresh() == first)
        #expect(try mine.refresh().isEmpty)

        let third = try theirs.append([note(3)])
        let bytes = fileBytes(path)
        let start = lineBoundaries(bytes)[2]
        for cut in [start + 1, start + 100, bytes.count - 1] {
            writeBytes(bytes[..<cut], to: path)
            #expect(try mine.refresh().isEmpty, "partial line of \(cut - start) bytes was returned")
            #expect(same(fileBytes(path), Array(bytes[..<cut])), "a refresh repaired a line still being written")
        }
        writeBytes(bytes, to: path)
        #expect(try mine.refresh() == third)
        #expect(try mine.refresh().isEmpty)
        #expect(mine.headSeq == 3 && mine.head == third[0].hash && mine.endOffset == bytes.count)
        #expect(mine.damage == nil)
    }

    @Test func aDamagedNewLineIsThrownAfterTheGoodOnes() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let mine = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        let theirs = try JournalWriter.open(path: path, operatorName: "b", now: fixedDate())
        let caughtUp = try JournalWriter.open(path: path, operatorName: "c", now: fixedDate())
        let good = try theirs.append([note(1), note(2)])
        #expect(try caughtUp.refresh() == good)
        _ = try theirs.append([note(3)])
        var bytes = fileBytes(path)
        bytes[lineBoundaries(bytes)[2] + 20] ^= 1
        writeBytes(bytes, to: path)

        #expect(try mine.refresh() == good)
        let damage = try #require(mine.damage)
        #expect(damage.line == 4)
        #expect(throws: JournalError.readOnly(damage)) { try mine.refresh() }
        #expect(throws: JournalError.readOnly(damage)) { try mine.append([note(4)]) }
        // With no good line before the damage, it is thrown at once.
        #expect(throws: JournalError.readOnly(damage)) { try caughtUp.refresh() }
        #expect(fileBytes(path) == bytes)
    }
}
