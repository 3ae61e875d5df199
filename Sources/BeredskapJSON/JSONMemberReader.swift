/// Reads one JSON object's members in written order, a member at a time, without building the object: for a reader
/// that expects fixed members in a fixed order (the journal's envelope), so that values it only checks (hashes,
/// timestamps) are never made into strings. The rules are ``JSONReader``'s; the object must be the whole input, with
/// whitespace around it allowed.
public struct JSONMemberReader {
    private var parser: JSONParser
    /// The key read ahead by ``nextKey()``, whose value is next.
    private var pending: String?
    /// Whether the object's closing brace has been read.
    private var ended = false
    /// Whether a member has been read, so the next needs a comma before it.
    private var started = false

    /// Begins reading the object in `bytes`; throws unless it starts with `{`.
    public init(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) {
        parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: "{")) else {
            throw parser.error(parser.index < bytes.count ? "expected '{' to begin an object" : "unexpected end of input, expected a value")
        }
    }

    /// The next member's key, read up to its colon but not past it: asking again gives the same key until its value
    /// is read. Nil once the object has ended.
    public mutating func nextKey() throws(JSONParseError) -> String? {
        if let pending { return pending }
        guard !ended else { return nil }
        parser.skipWhitespace()
        if started {
            if parser.consume(UInt8(ascii: "}")) {
                ended = true
                return nil
            }
            guard parser.consume(UInt8(ascii: ",")) else { throw parser.error("expected ',' or '}' after object member") }
            parser.skipWhitespace()
        } else if parser.consume(UInt8(ascii: "}")) {
            ended = true
            return nil
        }
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
            throw parser.error("expected '\"' to begin an object key")
        }
        let key = try parser.parseString()
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: ":")) else { throw parser.error("expected ':' after object key") }
        parser.skipWhitespace()
        pending = key
        started = true
        return key
    }

    /// The value of the member whose key ``nextKey()`` read.
    public mutating func value() throws(JSONParseError) -> JSONValue {
        try takeKey()
        return try parser.parseValue(depth: 1)
    }

    /// The value of the member whose key ``nextKey()`` read, when it is a string, given to `body` without making a
    /// `String` of it: its bytes between the quotes as stored, and decoded (the same bytes when it has no escapes).
    /// Nil, having read past the value, when it is not a string.
    public mutating func string<T>(_ body: (_ stored: UnsafeRawBufferPointer, _ decoded: UnsafeRawBufferPointer) -> T)
        throws(JSONParseError) -> T?
    {
        try takeKey()
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
            _ = try parser.parseValue(depth: 1)
            return nil
        }
        let start = parser.index + 1
        let escaped = try parser.skipString()
        let stored = UnsafeRawBufferPointer(rebasing: parser.bytes[start..<parser.index - 1])
        return escaped ? parser.unescaped.withUnsafeBytes { body(stored, $0) } : body(stored, stored)
    }

    /// Requires that the object has ended and that nothing but whitespace follows it.
    public mutating func finish() throws(JSONParseError) {
        guard try nextKey() == nil else { throw parser.error("expected the end of the object") }
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else {
            throw parser.error("unexpected \(parser.describe(parser.bytes[parser.index])) after the JSON value")
        }
    }

    private mutating func takeKey() throws(JSONParseError) {
        guard try nextKey() != nil else { throw parser.error("expected an object member, found the end of the object") }
        pending = nil
    }
}
