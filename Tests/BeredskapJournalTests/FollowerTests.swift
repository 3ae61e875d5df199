import BeredskapJournal
import Foundation
import Testing

@Suite struct FollowerTests {
    @Test func aPartialLineIsNotReturnedUntilComplete() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1), note(2)])
        let follower = try JournalFollower(path: path, after: try JournalReader.read(path: path))
        #expect(try follower.poll().isEmpty)

        let third = try writer.append([note(3)])
        let bytes = fileBytes(path)
        let start = lineBoundaries(bytes)[2]
        for cut in [start + 1, start + 100, bytes.count - 1] {
            writeBytes(bytes[..<cut], to: path)
            #expect(try follower.poll().isEmpty, "partial line of \(cut - start) bytes was returned")
        }
        writeBytes(bytes, to: path)
        #expect(try follower.poll() == third)
        #expect(try follower.poll().isEmpty)
        #expect(follower.headSeq == 3 && follower.head == third[0].hash && follower.offset == bytes.count)
    }

    @Test func aDamagedNewLineIsThrownAfterTheGoodOnes() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        let follower = try JournalFollower(path: path, after: try JournalReader.read(path: path))
        let good = try writer.append([note(1), note(2), note(3)])
        var bytes = fileBytes(path)
        bytes[lineBoundaries(bytes)[2] + 20] ^= 1
        writeBytes(bytes, to: path)
        #expect(try follower.poll() == Array(good.prefix(2)))
        #expect(throws: JournalDamage.self) { try follower.poll() }
    }
}
