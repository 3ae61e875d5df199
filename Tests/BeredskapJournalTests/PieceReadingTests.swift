import BeredskapJournal
import Foundation
import Testing

/// Reading through a position a piece at a time finds what reading the whole file finds, whatever the piece size.
@Suite struct PieceReadingTests {
    @Test func everyPieceSizeGivesTheRecordsAndTheDamageOfTheWholeRead() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        for batch in 0..<5 { _ = try writer.append((1...100).map { note(batch * 100 + $0) }) }
        let position = writer.position
        let whole = try JournalReader.read(path: path).records
        // Smaller than a line (the piece grows to hold one), a few lines, many lines, and the whole file.
        for pieceBytes in [16, 700, 9_000, 1 << 24] {
            var pieces: [[Record]] = []
            let read = try JournalReader.read(path: path, through: position, pieceBytes: pieceBytes) { pieces.append($0) }
            #expect(read.damage == nil && pieces.joined().elementsEqual(whole), "pieces of \(pieceBytes) bytes")
            #expect(pieceBytes < 9_000 ? pieces.count > 5 : pieces.count >= 1)
        }

        // A flipped byte in line 321: every piece size stops there, having handed over the 320 lines before it.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let starts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        bytes[starts[321] + 5] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let wholeDamage = try JournalReader.read(path: path).damage
        #expect(wholeDamage?.seq == 321)
        for pieceBytes in [16, 700, 9_000, 1 << 24] {
            var records: [Record] = []
            let read = try JournalReader.read(path: path, through: position, pieceBytes: pieceBytes) { records += $0 }
            #expect(read.damage == wholeDamage && records.elementsEqual(whole.prefix(320)), "pieces of \(pieceBytes) bytes")
        }
    }
}
