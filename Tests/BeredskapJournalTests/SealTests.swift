@testable import BeredskapJournal
import Foundation
import Testing

@Suite struct SealTests {
    /// SHA-256 of the empty string.
    let hash = LineHash(hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")!

    @Test func formatIsSeqAndTwelveCrockfordCharacters() {
        // 0xe3b0c44298fc1c1 (the first 15 hex digits) in 5-bit groups from the top, computed independently.
        #expect(Seal(seq: 42, hash: hash).description == "42-WERC-8GMR-ZGE1")
        #expect(Seal(seq: 0, hash: .zero).description == "0-0000-0000-0000")
    }

    @Test func parsingForgivesWhatPeopleCopyWrong() throws {
        let seal = Seal(seq: 42, hash: hash)
        #expect(Seal(parsing: "42-WERC-8GMR-ZGE1") == seal)
        #expect(Seal(parsing: "42-werc-8gmr-zge1") == seal)
        #expect(Seal(parsing: " 42 - WERC 8GMR ZGEI ") == seal)
        #expect(Seal(parsing: "42-WERC-8GMR-ZGEl") == seal)
        #expect(Seal(parsing: "42-WERC-8GMR-ZGEL") == seal)
        #expect(Seal(parsing: "42WERC8GMRZGE1") == seal, "no hyphens: the last 12 characters are the code")
        #expect(Seal(parsing: "42-WERC8GMRZGE1") == seal)
        #expect(Seal(parsing: "42WERC-8GMR-ZGE1") == seal)
        #expect(Seal(parsing: "42 werc 8gmr zge1") == seal)
        let withZero = Seal(seq: 7, hash: .zero)
        #expect(Seal(parsing: "7-oooo-OOOO-0000") == withZero)
    }

    @Test func parsingRefusesWhatIsNotASeal() {
        for text in ["", "42", "42-WERC-8GMR-ZGE", "42-WERC-8GMR-ZGE11", "x-WERC-8GMR-ZGE1", "-WERC-8GMR-ZGE1",
                     "42-WERC-8GMR-ZGEU", "WERC8GMRZGE1", "42-WERC-8GMR", "42-WER4-8JMZ-ZGÆ1", "42-WERC-8GMR-ZGEß"] {
            #expect(Seal(parsing: text) == nil, "\(text)")
        }
    }

    @Test func matchesOnlyTheSealedHash() {
        let seal = Seal(seq: 3, hash: hash)
        #expect(seal.matches(hash))
        var other = hash.hex
        other.replaceSubrange(other.index(other.startIndex, offsetBy: 14)...other.index(other.startIndex, offsetBy: 14), with: "d")
        #expect(!seal.matches(LineHash(hex: other)!))
        // Bits past the first 60 are not part of the seal.
        var beyond = hash.hex
        beyond.replaceSubrange(beyond.index(beyond.startIndex, offsetBy: 15)...beyond.index(beyond.startIndex, offsetBy: 15), with: "0")
        #expect(seal.matches(LineHash(hex: beyond)!))
    }

    @Test func aSealFromAnotherJournalDoesNotMatch() throws {
        let directory = TemporaryDirectory()
        let first = try JournalWriter.create(path: directory.file("a.jsonl"), kind: .real, created: fixedDate())
        let second = try JournalWriter.create(path: directory.file("b.jsonl"), kind: .real, created: fixedDate())
        _ = try first.append([note(1), note(2)])
        _ = try second.append([note(1), note(2)])
        let printed = first.seal
        let a = try JournalReader.read(path: directory.file("a.jsonl"))
        let b = try JournalReader.read(path: directory.file("b.jsonl"))
        #expect(a.check(printed) == .matches(linesAfter: 0))
        #expect(b.check(printed) == .differs(found: b.seal))
        _ = try first.append([note(3)])
        #expect(try JournalReader.read(path: directory.file("a.jsonl")).check(printed) == .matches(linesAfter: 1))
        #expect(a.check(Seal(seq: 9, hash: a.head)) == .beyondHead(headSeq: 2))
    }

    @Test func hexRoundTrips() {
        #expect(hash.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(LineHash(hex: hash.hex.uppercased()) == hash)
        #expect(LineHash(hex: String(hash.hex.dropLast())) == nil)
        #expect(LineHash(hex: String(hash.hex.dropLast()) + "g") == nil)
        #expect(LineHash.zero.hex == String(repeating: "0", count: 64))
    }

    /// The stored form is decoded eight digits at a time; every byte value in every position must be judged and
    /// valued exactly as a plain digit-by-digit decoder would.
    @Test func storedHexAcceptsExactlyLowercaseDigits() {
        let base = Array(hash.hex.utf8)
        let valid = Set("0123456789abcdef".utf8)
        for position in 0..<64 {
            for byte in UInt8.min...UInt8.max {
                var digits = base
                digits[position] = byte
                let decoded = digits.withUnsafeBytes { LineHash(lowercaseHex: $0) }
                if valid.contains(byte) {
                    #expect(decoded?.hex == String(decoding: digits, as: UTF8.self), "\(byte) at \(position)")
                } else {
                    #expect(decoded == nil, "byte \(byte) at \(position) accepted")
                }
            }
        }
    }
}
