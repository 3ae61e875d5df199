@testable import BeredskapJournal
import Foundation
import Testing

/// Section 6's value rules are damage when a line breaks them, even with a correct hash and chain: hand-made lines
/// after the worked example's header, each hashed as stored.
@Suite struct ValueRuleTests {
    static let header = #"{"seq":0,"format":"beredskap-journal","version":1,"journal":"5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9","kind":"real","created":"2025-03-14T03:07:00.000Z","prev":"0000000000000000000000000000000000000000000000000000000000000000""#

    /// A journal of the header and one record whose members after `prev` are `members`, both correctly hashed.
    static func journal(_ members: String, in directory: TemporaryDirectory) -> String {
        func sealed(_ body: String) -> (line: String, hash: String) {
            let hash = Array(body.utf8).withUnsafeBytes { LineHash(hashing: $0) }.hex
            return (body + #","h":""# + hash + "\"}\n", hash)
        }
        let first = sealed(header)
        let second = sealed(#"{"seq":1,"prev":""# + first.hash + "\"," + members)
        let path = directory.file("journal-\(UUID().uuidString).jsonl")
        writeBytes(Array((first.line + second.line).utf8), to: path)
        return path
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
}
