import BeredskapJSON
import Foundation

/// Why one line, taken alone, is not a valid journal line.
struct LineFault: Error {
    let reason: String
    /// Set when a header verified but names a format version this code does not know.
    var unsupportedVersion: Int? = nil
}

/// Verifies and decodes single lines: the framing, the hash of the stored bytes, then the JSON envelope.
/// The chain between lines (seq and prev) is checked by ``LineScanner``.
enum LineDecoder {
    /// Decodes an event record line. `line` excludes its newline.
    static func record(_ line: UnsafeRawBufferPointer) -> Result<Record, LineFault> {
        Result { () throws(LineFault) in
            let hash = try verifiedHash(line)
            var reader = try MemberReader(line)
            let seq = try reader.int("seq")
            let prev = try reader.hash("prev")
            let registered = try reader.date("at")
            let occurred = reader.next(is: "occurred") ? try reader.date("occurred") : nil
            let operatorName = try reader.label("op")
            let account = reader.next(is: "acct") ? try reader.label("acct") : nil
            let incident = reader.next(is: "incident") ? try reader.label("incident") : nil
            let type = try reader.label("type")
            if type.hasPrefix(LineFormat.reservedTypePrefix), type != JournalWriter.recoveredType {
                throw LineFault(reason: "type \(type) is reserved for the journal, and version 1 knows only \(JournalWriter.recoveredType)")
            }
            let data = try reader.object("data")
            try reader.finish()
            try uniqueNames(.object(data))
            return Record(seq: Int(seq), prev: prev, hash: hash, registered: registered, occurred: occurred,
                          operatorName: operatorName, account: account, incident: incident, type: type, data: data)
        }
    }

    /// Decodes a header line. `line` excludes its newline.
    static func header(_ line: UnsafeRawBufferPointer) -> Result<JournalHeader, LineFault> {
        Result { () throws(LineFault) in
            let hash = try verifiedHash(line)
            var reader = try MemberReader(line)
            guard try reader.int("seq") == 0 else { throw LineFault(reason: "header seq is not 0") }
            guard try reader.string("format") == LineFormat.formatName else {
                throw LineFault(reason: "format is not \(LineFormat.formatName)")
            }
            let version = try reader.int("version")
            guard version == LineFormat.version else {
                throw LineFault(reason: "unsupported format version \(version)", unsupportedVersion: Int(version))
            }
            let idText = try reader.string("journal")
            guard let id = UUID(uuidString: idText), id.uuidString == idText else {
                throw LineFault(reason: "journal is not an uppercase UUID")
            }
            guard let kind = JournalKind(rawValue: try reader.string("kind")) else {
                throw LineFault(reason: "kind is neither real nor exercise")
            }
            let created = try reader.date("created")
            guard try reader.hash("prev") == .zero else { throw LineFault(reason: "header prev is not 64 zeros") }
            try reader.finish()
            return JournalHeader(version: Int(version), id: id, kind: kind, created: created, hash: hash)
        }
    }

    /// Checks the framing and length, hashes the stored bytes and compares with the stored `h`. The members are
    /// read after it, by ``MemberReader``.
    private static func verifiedHash(_ line: UnsafeRawBufferPointer) throws(LineFault) -> LineHash {
        guard line.count <= LineFormat.maxLineLength else {
            throw LineFault(reason: "line is \(line.count) bytes, longer than the 1 MiB limit")
        }
        let bodyEnd = line.count - LineFormat.suffixLength
        guard bodyEnd > 0, line[line.count - 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "}"),
              hasSuffixStart(line, at: bodyEnd)
        else {
            throw LineFault(reason: #"line does not end with ,"h":"<64 hex digits>"}"#)
        }
        let storedHex = UnsafeRawBufferPointer(rebasing: line[(bodyEnd + 6)..<(line.count - 2)])
        guard let stored = LineHash(lowercaseHex: storedHex) else {
            throw LineFault(reason: "h is not 64 lowercase hexadecimal digits")
        }
        let computed = LineHash(hashing: UnsafeRawBufferPointer(rebasing: line[..<bodyEnd]))
        guard computed == stored else {
            throw LineFault(reason: "hash mismatch: the line's bytes hash to \(computed.hex), but h is \(stored.hex)")
        }
        return stored
    }

    /// Every object in the payload names each member once (the envelope's fixed order already rules it out there).
    private static func uniqueNames(_ value: JSONValue) throws(LineFault) {
        switch value {
        case .object(let object):
            for (index, member) in object.members.enumerated() {
                if object.members[..<index].contains(where: { $0.key == member.key }) {
                    throw LineFault(reason: "the member name \"\(member.key)\" appears twice in one object")
                }
                try uniqueNames(member.value)
            }
        case .array(let elements):
            for element in elements { try uniqueNames(element) }
        case .null, .bool, .int, .double, .string:
            break
        }
    }

    /// Whether `line` holds `,"h":"` at `offset` (spelled out: this runs for every line read).
    @inline(__always)
    private static func hasSuffixStart(_ line: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        line[offset] == UInt8(ascii: ",") && line[offset + 1] == UInt8(ascii: "\"")
            && line[offset + 2] == UInt8(ascii: "h") && line[offset + 3] == UInt8(ascii: "\"")
            && line[offset + 4] == UInt8(ascii: ":") && line[offset + 5] == UInt8(ascii: "\"")
    }
}

/// Reads an envelope's members strictly in the documented order, straight from the line (see ``JSONMemberReader``):
/// any other member, or a missing one, is a fault. Hashes and timestamps are checked where they lie, never made
/// into strings.
private struct MemberReader {
    /// The largest magnitude of an integer member: 2^53, beyond which an IEEE double (and so many JSON readers)
    /// no longer tells neighbouring integers apart.
    private static let integerLimit: Int64 = 1 << 53

    private var members: JSONMemberReader

    init(_ line: UnsafeRawBufferPointer) throws(LineFault) {
        members = try Self.json { () throws(JSONParseError) in try JSONMemberReader(line) }
    }

    /// Runs a step of the JSON reader; its errors are the line's.
    private static func json<T>(_ step: () throws(JSONParseError) -> T) throws(LineFault) -> T {
        do {
            return try step()
        } catch {
            throw LineFault(reason: "not valid JSON: \(error)")
        }
    }

    /// Requires that the next member is `key`.
    private mutating func expect(_ key: StaticString) throws(LineFault) {
        guard try !Self.json({ () throws(JSONParseError) in try members.nextKey(is: key) }) else { return }
        let found = try Self.json { () throws(JSONParseError) in try members.nextKey() }.map { "\"\($0)\"" }
        throw LineFault(reason: "expected member \"\(key)\" but found \(found ?? "the end of the line")")
    }

    private mutating func take(_ key: StaticString) throws(LineFault) -> JSONValue {
        try expect(key)
        return try Self.json { () throws(JSONParseError) in try members.value() }
    }

    /// Whether the next member is `key`; used for the optional members.
    mutating func next(is key: StaticString) -> Bool {
        (try? members.nextKey(is: key)) ?? false
    }

    mutating func int(_ key: StaticString) throws(LineFault) -> Int64 {
        guard let value = try take(key).intValue else { throw LineFault(reason: "\(key) is not an integer") }
        guard value.magnitude <= Self.integerLimit.magnitude else {
            throw LineFault(reason: "\(key) is \(value), outside the integer range ±2^53")
        }
        return value
    }

    mutating func string(_ key: StaticString) throws(LineFault) -> String {
        guard let value = try take(key).stringValue else { throw LineFault(reason: "\(key) is not a string") }
        return value
    }

    /// `op`, `acct`, `incident` and `type`: non-empty, without control characters (Unicode category Cc:
    /// U+0000-U+001F and U+007F-U+009F).
    mutating func label(_ key: StaticString) throws(LineFault) -> String {
        let value = try string(key)
        guard !value.isEmpty else { throw LineFault(reason: "\(key) is empty") }
        guard !value.containsControlCharacter else {
            throw LineFault(reason: "\(key) contains a control character")
        }
        return value
    }

    /// A string member read in place: `read` gets its stored and its decoded bytes.
    private mutating func string<T>(_ key: StaticString, _ read: (_ stored: UnsafeRawBufferPointer, _ decoded: UnsafeRawBufferPointer) -> T)
        throws(LineFault) -> T
    {
        try expect(key)
        guard let value = try Self.json({ () throws(JSONParseError) in try members.string(read) }) else {
            throw LineFault(reason: "\(key) is not a string")
        }
        return value
    }

    mutating func hash(_ key: StaticString) throws(LineFault) -> LineHash {
        guard let hash = try string(key, { LineHash(lowercaseHex: $1) }) else {
            throw LineFault(reason: "\(key) is not 64 lowercase hexadecimal digits")
        }
        return hash
    }

    /// A timestamp as stored: exactly 24 bytes between the quotes, so no escapes, and a real date and time.
    mutating func date(_ key: StaticString) throws(LineFault) -> Date {
        guard let date = try string(key, { stored, _ in Timestamp.parse(stored) }) else {
            throw LineFault(reason: "\(key) is not a timestamp: 24 bytes YYYY-MM-DDTHH:MM:SS.mmmZ, "
                + "a real date and time, no escapes")
        }
        return date
    }

    mutating func object(_ key: StaticString) throws(LineFault) -> JSONObject {
        guard let value = try take(key).objectValue else { throw LineFault(reason: "\(key) is not an object") }
        return value
    }

    /// Requires that only `h` (already checked) is left, and nothing after the object.
    mutating func finish() throws(LineFault) {
        guard try !Self.json({ () throws(JSONParseError) in try members.nextKey(is: "h") }) else {
            _ = try string("h") { _, _ in true }
            return try Self.json { () throws(JSONParseError) in try members.finish() }
        }
        let next = try Self.json { () throws(JSONParseError) in try members.nextKey() }
        throw next.map { LineFault(reason: "unexpected member \"\($0)\"") } ?? LineFault(reason: "h is not the last member")
    }
}
