import BeredskapJournal
import Foundation
import JournalForgery
import Testing

/// The envelope is read member by member straight from the line: each way a line with a valid hash can still break
/// the format is damage that names what is wrong, and what the format allows (escapes in a hash) is still read.
@Suite struct EnvelopeTests {
    /// A journal of three notes with line `index` (0 is the header) edited and the chain recomputed, as read back.
    private func read(editing index: Int, _ edit: (String) -> String) throws -> JournalSnapshot<Record> {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1), note(2), note(3)])
        Rechain.write(Rechain.rewrite(Rechain.lines(of: path), at: index, edit), to: path)
        return try JournalReader.read(path: path)
    }

    private func replacing(_ target: String, with replacement: String) -> (String) -> String {
        { line in
            precondition(line.contains(target), "\(target) not in \(line)")
            return line.replacingOccurrences(of: target, with: replacement)
        }
    }

    @Test func anEscapedHashIsReadAsTheDigitsItStandsFor() throws {
        // The header's prev, its first zero written as \u0030: the same 64 zeros.
        let read = try read(editing: 0, replacing(#""prev":"0"#, with: #""prev":"\u0030"#))
        #expect(read.damage == nil && read.records.count == 3)
    }

    @Test func anEscapedTimestampIsDamage() throws {
        let read = try read(editing: 2, replacing(#""at":"2"#, with: #""at":"\u0032"#))
        #expect(read.damage?.seq == 2 && read.records.count == 1)
        #expect(read.damage?.reason.hasPrefix("at is not a timestamp") == true, "\(String(describing: read.damage))")
    }

    @Test func aMemberOutOfPlaceIsNamed() throws {
        let extra = try read(editing: 1, replacing(#","data":"#, with: #","extra":1,"data":"#))
        #expect(extra.damage?.seq == 1 && extra.damage?.reason == #"expected member "data" but found "extra""#)
        let afterData = try read(editing: 3, replacing(#","h":""#, with: #","z":1,"h":""#))
        #expect(afterData.damage?.seq == 3 && afterData.damage?.reason == #"unexpected member "z""#)
        let missing = try read(editing: 2, replacing(#""op":"ikt-vakt","#, with: ""))
        #expect(missing.damage?.reason == #"expected member "op" but found "acct""#)
    }

    @Test func badJSONAndTwiceNamedMembersInThePayloadAreDamage() throws {
        let comma = try read(editing: 1, replacing(#""data":{"#, with: #""data":{,"#))
        #expect(comma.damage?.seq == 1 && comma.damage?.reason.hasPrefix("not valid JSON") == true)
        let twice = try read(editing: 2, replacing(#""data":{"#, with: #""data":{"i":0,"#))
        #expect(twice.damage?.seq == 2 && twice.damage?.reason == #"the member name "i" appears twice in one object"#)
    }
}
