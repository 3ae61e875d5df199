@testable import BeredskapJournal
import Foundation
import Testing

/// Hand-made journal files, each line correctly hashed and chained, so that only the rule under test can fail.
enum HandMadeJournal {
    /// The worked example's header, without its suffix.
    static let header = Array(#"{"seq":0,"format":"beredskap-journal","version":1,"journal":"5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9","kind":"real","created":"2025-03-14T03:07:00.000Z","prev":"0000000000000000000000000000000000000000000000000000000000000000""#.utf8)
    /// Stands for the previous line's hash in a line's bytes.
    static let previous = Array("@PREV@".utf8)

    /// `{"seq":<seq>,"prev":"@PREV@",` followed by `members`.
    static func record(_ seq: Int, _ members: String) -> [UInt8] {
        Array(#"{"seq":\#(seq),"prev":"@PREV@","#.utf8) + Array(members.utf8)
    }

    /// The file made of `bodies` (each line's bytes before its `,"h":"…"}` suffix), with `@PREV@` replaced by the
    /// previous line's hash and each line closed with its own hash and a newline.
    static func bytes(_ bodies: [[UInt8]]) -> [UInt8] {
        var file: [UInt8] = []
        var prev = LineHash.zero.hex
        for body in bodies {
            var line = body.replacing(previous, with: Array(prev.utf8))
            prev = LineFormat.close(&line).hex
            file += line
        }
        return file
    }

    /// Writes `bytes` to a new file in `directory` and returns its path.
    static func write(_ bytes: [UInt8], in directory: TemporaryDirectory) -> String {
        let path = directory.file("journal-\(UUID().uuidString).jsonl")
        writeBytes(bytes, to: path)
        return path
    }
}

/// One edge case of docs/JOURNAL.md: a journal file and what a verifier must say about it.
struct EdgeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    /// The line of the first damage (1 for a file that is not a journal at all); nil when the file verifies.
    let damagedLine: Int?
    /// The seqs a verifier warns about because their registered time went back.
    var clockSteps: [Int] = []

    var testDescription: String { name }

    /// A header and one record whose members after `prev` are `members`.
    static func record(_ name: String, _ members: String, damaged: Bool) -> EdgeCase {
        EdgeCase(name: name, bytes: HandMadeJournal.bytes([HandMadeJournal.header, HandMadeJournal.record(1, members)]),
                 damagedLine: damaged ? 2 : nil)
    }

    static let at = #""at":"2025-03-14T03:07:12.345Z""#

    static let all: [EdgeCase] = [
        EdgeCase(name: "empty file", bytes: [], damagedLine: 1),
        EdgeCase(name: "a space after the header's {",
                 bytes: HandMadeJournal.bytes([Array("{ ".utf8) + HandMadeJournal.header.dropFirst()]), damagedLine: 1),
        EdgeCase(name: "header version 2",
                 bytes: HandMadeJournal.bytes([HandMadeJournal.header.replacing(Array(#""version":1"#.utf8),
                                                                                  with: Array(#""version":2"#.utf8))]),
                 damagedLine: 1),
        EdgeCase(name: "header without its newline", bytes: Array(HandMadeJournal.bytes([HandMadeJournal.header]).dropLast()),
                 damagedLine: 1),
        EdgeCase(name: "invalid UTF-8 in op",
                 bytes: HandMadeJournal.bytes([HandMadeJournal.header,
                                               HandMadeJournal.record(1, at + #","op":"ol"#) + [0xFF]
                                                   + Array(#"a","type":"log.note","data":{}"#.utf8)]),
                 damagedLine: 2),
        record("lone high surrogate", at + #","op":"ola","type":"log.note","data":{"t":"\ud800"}"#, damaged: true),
        record("lone low surrogate", at + #","op":"ola","type":"log.note","data":{"t":"\udc00x"}"#, damaged: true),
        record("surrogate pair", at + #","op":"ola","type":"log.note","data":{"t":"\ud83d\ude00"}"#, damaged: false),
        record("1e400", at + #","op":"ola","type":"log.note","data":{"n":1e400}"#, damaged: true),
        record("an integer of 400 digits", at + #","op":"ola","type":"log.note","data":{"n":\#(String(repeating: "9", count: 400))}"#,
               damaged: true),
        record("NaN", at + #","op":"ola","type":"log.note","data":{"n":NaN}"#, damaged: true),
        record("a large integer in data", at + #","op":"ola","type":"log.note","data":{"n":123456789012345678901234}"#,
               damaged: false),
        EdgeCase(name: "seq 1.0",
                 bytes: HandMadeJournal.bytes([HandMadeJournal.header, Array(#"{"seq":1.0,"prev":"@PREV@","#.utf8)
                                                   + Array((at + #","op":"ola","type":"log.note","data":{}"#).utf8)]),
                 damagedLine: 2),
        EdgeCase(name: "seq 9007199254740993",
                 bytes: HandMadeJournal.bytes([HandMadeJournal.header,
                                               HandMadeJournal.record(9_007_199_254_740_993, at + #","op":"ola","type":"log.note","data":{}"#)]),
                 damagedLine: 2),
        record("an escaped character in a timestamp", #""at":"2025-03-14T03:07:12.34\u0035Z","op":"ola","type":"log.note","data":{}"#,
               damaged: true),
        record("2025-02-30", #""at":"2025-02-30T03:07:12.345Z","op":"ola","type":"log.note","data":{}"#, damaged: true),
        record("24:00", #""at":"2025-03-14T24:00:00.000Z","op":"ola","type":"log.note","data":{}"#, damaged: true),
        record("2024-02-29 in occurred", at + #","occurred":"2024-02-29T00:00:00.000Z","op":"ola","type":"log.note","data":{}"#,
               damaged: false),
        record("a duplicate name in data", at + #","op":"ola","type":"log.note","data":{"a":{"b":1,"b":2}}"#, damaged: true),
        record("an empty incident", at + #","op":"ola","incident":"","type":"log.note","data":{}"#, damaged: true),
        record("a control character in op", at + #","op":"ola\u0007","type":"log.note","data":{}"#, damaged: true),
        record("a C1 control character in type", at + #","op":"ola","type":"log\u0085note","data":{}"#, damaged: true),
        record("an unknown journal.* type", at + #","op":"ola","type":"journal.deleted","data":{}"#, damaged: true),
        record("acct before op", at + #","acct":"ola","op":"ola","type":"log.note","data":{}"#, damaged: true),
        record("a valid journal with acct", at + #","op":"ola","acct":"krisestab","incident":"H-1","type":"journal.recovered","data":{}"#,
               damaged: false),
        record("a valid journal without acct", at + #","op":"ola","incident":"H-1","type":"log.note","data":{"a":[1,2.5,"x"]}"#,
               damaged: false),
        EdgeCase(name: "registered times going backwards",
                 bytes: HandMadeJournal.bytes([
                     HandMadeJournal.header,
                     HandMadeJournal.record(1, #""at":"2025-03-14T03:06:59.999Z","op":"ola","type":"log.note","data":{}"#),
                     HandMadeJournal.record(2, #""at":"2025-03-14T03:09:00.000Z","op":"ola","type":"log.note","data":{}"#),
                     HandMadeJournal.record(3, #""at":"2025-03-14T03:08:00.000Z","op":"ola","type":"log.note","data":{}"#),
                 ]),
                 damagedLine: nil, clockSteps: [1, 3]),
        EdgeCase(name: "a torn tail",
                 bytes: HandMadeJournal.bytes([HandMadeJournal.header, HandMadeJournal.record(1, at + #","op":"ola","type":"t","data":{}"#)])
                     + Array(#"{"seq":2"#.utf8),
                 damagedLine: 3),
    ]
}

/// The sample verifier in docs/JOURNAL.md and `JournalVerifier` give the same answer for every edge case the
/// specification settles: OK or damaged, the same line named, the same clock steps.
@Suite struct SpecAgreementTests {
    @Test(arguments: EdgeCase.all)
    func journalVerifierAnswersAsTheSpecificationSays(_ edge: EdgeCase) throws {
        let directory = TemporaryDirectory()
        let answer = Self.swiftAnswer(HandMadeJournal.write(edge.bytes, in: directory))
        #expect(answer.damagedLine == edge.damagedLine, "\(answer.reason)")
        #expect(answer.clockSteps == edge.clockSteps)
    }

    @Test(.enabled(if: pythonIsInstalled, "needs python3"), arguments: EdgeCase.all)
    func theSampleVerifierAgreesWithJournalVerifier(_ edge: EdgeCase) throws {
        let directory = TemporaryDirectory()
        let script = directory.file("verify.py")
        try sampleVerifier().write(toFile: script, atomically: false, encoding: .utf8)
        let path = HandMadeJournal.write(edge.bytes, in: directory)
        let swift = Self.swiftAnswer(path)
        let (status, output) = try python(script, path)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(!output.contains("Traceback"), "\(output)")
        #expect((status == 0) == (swift.damagedLine == nil), "\(output) / \(swift.reason)")
        if let line = swift.damagedLine {
            #expect(lines.last?.hasPrefix("line \(line): ") == true, "\(output) / \(swift.reason)")
        } else {
            #expect(lines.last?.hasPrefix("OK: ") == true, "\(output)")
        }
        let prefix = "warning: seq "
        let warned = lines.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count).prefix { $0 != " " }) }
        #expect(warned == swift.clockSteps)
    }

    /// What `JournalVerifier` says: a file it refuses outright (not a journal, a damaged or unknown header) counts
    /// as damaged at line 1.
    static func swiftAnswer(_ path: String) -> (damagedLine: Int?, clockSteps: [Int], reason: String) {
        do {
            let report = try JournalVerifier.verify(path: path)
            return (report.problem?.line, report.clockSteps.map(\.seq), report.problem?.reason ?? "OK")
        } catch {
            return (1, [], "\(error)")
        }
    }
}
