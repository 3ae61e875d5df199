import BeredskapJournal
import Foundation
import Testing

/// Damage every byte of a small journal, one way at a time: cut it at every length and flip every bit.
@Suite struct CorruptionTests {
    /// A header and five records, and the snapshot read from them.
    struct Original {
        let bytes: [UInt8]
        let snapshot: JournalSnapshot<Record>
        /// Offsets just after each line: [end of header, end of record 1, ...].
        let boundaries: [Int]
    }

    static func makeOriginal(in directory: TemporaryDirectory) throws -> Original {
        let path = directory.file("original.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        for i in 1...5 {
            _ = try writer.append([note(i, operatorName: "op\(i)", at: fixedDate(Double(i)))])
        }
        let bytes = fileBytes(path)
        return Original(bytes: bytes, snapshot: try JournalReader.read(path: path), boundaries: lineBoundaries(bytes))
    }

    @Test func truncationAtEveryLengthIsNeverReportedAsIntact() throws {
        let directory = TemporaryDirectory()
        let original = try Self.makeOriginal(in: directory)
        let path = directory.file("cut.jsonl")
        for length in 0..<original.bytes.count {
            writeBytes(original.bytes[..<length], to: path)
            let report: VerifyReport
            do {
                report = try JournalVerifier.verify(path: path)
            } catch {
                // Only a cut inside the header may make the file unreadable as a journal.
                #expect(length < original.boundaries[0], "cut at \(length): \(error)")
                continue
            }
            if let line = original.boundaries.firstIndex(of: length) {
                #expect(report.isOK, "cut at line end \(length): \(String(describing: report.problem))")
                #expect(report.count == line && report.headSeq == line)
                #expect(report.head == (line == 0 ? original.snapshot.header.hash : original.snapshot.records[line - 1].hash))
            } else {
                #expect(!report.isOK, "cut at \(length) reported OK")
                #expect(length > original.boundaries[0])
            }
        }
    }

    @Test func removingRepeatingReorderingOrSplicingLinesBreaksTheChain() throws {
        let directory = TemporaryDirectory()
        let original = try Self.makeOriginal(in: directory)
        let other = try Self.makeOriginal(in: TemporaryDirectory())
        func lines(_ o: Original) -> [[UInt8]] {
            zip([0] + o.boundaries.dropLast(), o.boundaries).map { Array(o.bytes[$0..<$1]) }
        }
        let mine = lines(original)
        let theirs = lines(other)
        let cases: [(String, [[UInt8]], Int, String)] = [
            ("line 3 removed", mine.enumerated().filter { $0.offset != 3 }.map(\.element), 3, "seq is 4, expected 3"),
            ("line 2 repeated", Array(mine[...2]) + [mine[2]] + Array(mine[3...]), 3, "seq is 2, expected 3"),
            ("lines 2 and 3 swapped", [mine[0], mine[1], mine[3], mine[2], mine[4], mine[5]], 2, "seq is 3, expected 2"),
            // Every line of another journal verifies on its own; only prev shows it does not belong here.
            ("line 4 from another journal", Array(mine[...3]) + [theirs[4]] + Array(mine[5...]), 4, "prev"),
        ]
        let path = directory.file("edited.jsonl")
        for (what, edited, seq, reason) in cases {
            writeBytes(edited.joined(), to: path)
            let report = try JournalVerifier.verify(path: path)
            #expect(report.problem?.seq == seq && report.count == seq - 1, "\(what): \(String(describing: report.problem))")
            #expect(report.problem?.reason.hasPrefix(reason) == true, "\(what): \(String(describing: report.problem))")
        }
    }

    /// Large journals are decoded in parallel chunks; damage in any chunk must still end the journal right there.
    @Test func damageInALargeJournalIsFoundWhereverItIs() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("large.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        var written: [Record] = []
        for batch in 0..<6 {
            written += try writer.append((1...500).map { note(batch * 500 + $0) })
        }
        let original = fileBytes(path)
        let boundaries = lineBoundaries(original)
        let damaged = directory.file("damaged.jsonl")
        for seq in [1, 2, 374, 375, 376, 1500, 2999, 3000] {
            var flipped = original
            flipped[boundaries[seq - 1] + 3] ^= 0x01
            writeBytes(flipped, to: damaged)
            let snapshot = try JournalReader.read(path: damaged)
            #expect(snapshot.damage?.seq == seq, "flip in seq \(seq): \(String(describing: snapshot.damage))")
            #expect(snapshot.records == Array(written.prefix(seq - 1)))
            #expect(snapshot.endOffset == boundaries[seq - 1])

            // The same line dropped: every line verifies alone, the chain shows the gap.
            writeBytes(original[..<boundaries[seq - 1]] + original[boundaries[seq]...], to: damaged)
            let gap = try JournalReader.read(path: damaged)
            #expect(seq == 3000 ? gap.damage == nil : gap.damage?.seq == seq, "seq \(seq) removed")
            #expect(gap.records == Array(written.prefix(seq - 1)))
        }
        #expect(try JournalReader.read(path: path).records == written)
    }

    @Test func openingAJournalCutMidLastLineQuarantinesTheTornBytes() throws {
        let directory = TemporaryDirectory()
        let original = try Self.makeOriginal(in: directory)
        let lastGood = original.boundaries[original.boundaries.count - 2]
        for length in (lastGood + 1)..<original.bytes.count {
            let cut = TemporaryDirectory()
            let path = cut.file("journal.jsonl")
            writeBytes(original.bytes[..<length], to: path)
            let (writer, lines) = try JournalWriter.open(path: path, operatorName: "recovery", now: fixedDate(3600), as: Record.self)
            #expect(writer.damage == nil)
            #expect(Array(lines.prefix(4)) == Array(original.snapshot.records.prefix(4)))
            let recovered = try #require(lines.last)
            #expect(lines.count == 5 && recovered.type == "journal.recovered" && recovered.seq == 5)
            let name = "journal.jsonl.quarantine-4-20250314T040700Z"
            #expect(recovered.data["quarantine"]?.stringValue == name)
            #expect(recovered.data["bytes"]?.intValue == Int64(length - lastGood))
            #expect(fileBytes(cut.file(name)) == Array(original.bytes[lastGood..<length]))
            #expect(fileMode(cut.file(name)) == 0o600)
            #expect(fileBytes(path).starts(with: original.bytes[..<lastGood]))
            #expect(try JournalVerifier.verify(path: path).isOK)
        }
    }

    @Test func flippingAnyBitIsDetectedAndOpensReadOnlyAtThatLine() throws {
        let directory = TemporaryDirectory()
        let original = try Self.makeOriginal(in: directory)
        let path = directory.file("flipped.jsonl")
        for offset in original.bytes.indices {
            // The seq of the line holding this byte (its newline included).
            let seq = original.boundaries.firstIndex { offset < $0 }!
            for bit in 0..<8 {
                var bytes = original.bytes
                bytes[offset] ^= 1 << bit
                writeBytes(bytes, to: path)
                if seq == 0 {
                    #expect(throws: JournalError.self) { try JournalVerifier.verify(path: path) }
                    #expect(throws: JournalError.self) {
                        try JournalWriter.open(path: path, operatorName: "x", now: fixedDate())
                    }
                    continue
                }
                let report = try JournalVerifier.verify(path: path)
                #expect(!report.isOK, "flip of bit \(bit) at \(offset) reported OK")
                if offset == original.bytes.count - 1 {
                    // The last newline gone leaves a last line without its end: a torn tail, not damage.
                    #expect(report.count == 4)
                    continue
                }
                #expect(report.problem?.seq == seq, "bit \(bit) at \(offset): \(String(describing: report.problem))")
                let (writer, lines) = try JournalWriter.open(path: path, operatorName: "x", now: fixedDate(), as: Record.self)
                #expect(writer.damage?.seq == seq && writer.damage?.line == seq + 1)
                #expect(lines == Array(original.snapshot.records.prefix(seq - 1)))
                #expect(throws: JournalError.readOnly(writer.damage!)) { try writer.append([note(9)]) }
                #expect(same(fileBytes(path), bytes))
            }
        }
    }
}
