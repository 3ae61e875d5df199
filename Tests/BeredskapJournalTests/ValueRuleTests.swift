@testable import BeredskapJournal
import Foundation
import Testing

/// Section 6's value rules are damage when a line breaks them, even with a correct hash and chain: hand-made lines
/// after the worked example's header, each hashed as stored.
@Suite struct ValueRuleTests {
    /// A journal of the worked example's header and one record whose members after `prev` are `members`.
    static func journal(_ members: String, in directory: TemporaryDirectory) -> String {
        HandMadeJournal.write(HandMadeJournal.bytes([HandMadeJournal.header, HandMadeJournal.record(1, members)]),
                              in: directory)
    }

    @Test(arguments: [
        (#""at":"2025-03-14T03:07:12.345Z","op":"ola","incident":"","type":"log.note","data":{}"#, "incident is empty"),
        (#""at":"2025-03-14T03:07:12.345Z","op":"ola\u0007","type":"log.note","data":{}"#, "op contains a control character"),
        (#""at":"2025-03-14T03:07:12.345Z","op":"ola","type":"log\u0085note","data":{}"#, "type contains a control character"),
        (#""at":"2025-03-14T03:07:12.345Z","op":"ola","type":"journal.deleted","data":{}"#, "reserved for the journal"),
        (#""at":"2025-03-14T03:07:12.345Z","op":"ola","type":"log.note","data":{"a":{"b":1,"b":2}}"#, "appears twice"),
    ])
    func aLineBreakingAValueRuleIsDamage(members: String, reason: String) throws {
        let directory = TemporaryDirectory()
        let report = try JournalVerifier.verify(path: Self.journal(members, in: directory))
        #expect(report.problem?.seq == 1)
        #expect(report.problem?.reason.contains(reason) == true, "\(String(describing: report.problem))")
    }

    @Test func theSameLineWithinTheRulesVerifies() throws {
        let directory = TemporaryDirectory()
        let members = #""at":"2025-03-14T03:07:12.345Z","op":"ola","incident":"H-1","type":"journal.recovered","data":{"a":{"b":1,"c":2}}"#
        #expect(try JournalVerifier.verify(path: Self.journal(members, in: directory)).isOK)
    }

    /// The fast check of a control character, read from the UTF-8 bytes, is Unicode's category Cc, scalar for
    /// scalar: each scalar alone, and between two letters.
    @Test func theControlCharacterCheckIsCategoryCc() {
        let differing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let control = scalar.properties.generalCategory == .control
            return String(scalar).containsControlCharacter != control || "aé\(scalar)ø".containsControlCharacter != control
        }
        #expect(differing.isEmpty, "differ at \(differing.prefix(5).map { "U+" + String($0.value, radix: 16) })")
        #expect("\u{85}".containsControlCharacter && !"\u{A0}".containsControlCharacter && !"Ærlig".containsControlCharacter)
    }
}
