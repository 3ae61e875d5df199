import BeredskapJSON
import Foundation

/// The bytes of journal lines: how the writer builds them. docs/JOURNAL.md is the specification; the format
/// test pins this file to the worked example there.
enum LineFormat {
    /// `,"h":"` + 64 hex digits + `"}`: the fixed end of every line before its newline.
    static let suffixLength = 72
    /// `,"h":"`, the start of the suffix.
    static let suffixStart: [UInt8] = Array(#","h":""#.utf8)
    /// The longest line accepted, not counting its newline.
    static let maxLineLength = 1 << 20
    /// A header line is about 150 bytes; reading this much from the start always takes in all of it.
    static let maxHeaderLength = 4096
    static let newline = UInt8(ascii: "\n")
    /// The value of the header's `format` member.
    static let formatName = "beredskap-journal"
    /// The format version written.
    static let version = 1
    /// How every header begins; a file that does not start like this is not a journal at all.
    static let headerPrefix: [UInt8] = Array(#"{"seq":0,"format":"beredskap-journal","version":"#.utf8)
    /// Types beginning with this are written only by the journal itself.
    static let reservedTypePrefix = "journal."

    /// The hashed bytes of a header line.
    static func headerBody(id: UUID, kind: JournalKind, created: Date) -> [UInt8] {
        var out = headerPrefix
        out.append(contentsOf: "\(version)".utf8)
        member("journal", .string(id.uuidString), into: &out)
        member("kind", .string(kind.rawValue), into: &out)
        member("created", .string(Timestamp.format(created)), into: &out)
        member("prev", .string(LineHash.zero.hex), into: &out)
        return out
    }

    /// The hashed bytes of an event record line; `account` is the writer's operating-system account.
    static func recordBody(seq: Int, prev: LineHash, draft: RecordDraft, account: String) -> [UInt8] {
        var out: [UInt8] = Array(#"{"seq":"#.utf8)
        out.append(contentsOf: "\(seq)".utf8)
        member("prev", .string(prev.hex), into: &out)
        member("at", .string(Timestamp.format(draft.registered)), into: &out)
        if let occurred = draft.occurred {
            member("occurred", .string(Timestamp.format(occurred)), into: &out)
        }
        member("op", .string(draft.operatorName), into: &out)
        member("acct", .string(account), into: &out)
        if let incident = draft.incident {
            member("incident", .string(incident), into: &out)
        }
        member("type", .string(draft.type), into: &out)
        member("data", .object(draft.data), into: &out)
        return out
    }

    /// Appends the suffix and newline that close the line whose hashed bytes are `body`; returns its hash.
    static func close(_ body: inout [UInt8]) -> LineHash {
        let hash = body.withUnsafeBytes { LineHash(hashing: $0) }
        body.append(contentsOf: suffixStart)
        body.append(contentsOf: hash.hexBytes)
        body.append(contentsOf: #""}"#.utf8)
        body.append(newline)
        return hash
    }

    private static func member(_ key: String, _ value: JSONValue, into out: inout [UInt8]) {
        out.append(UInt8(ascii: ","))
        JSONWriter.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        JSONWriter.write(value, into: &out)
    }
}
